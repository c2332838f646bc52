// btr-node-sim: simulated thermal-runaway nodes speaking real MQTT.
// See ../../README.md ("Node simulator") and --help.
#include <csignal>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "mqtt_fleet.h"
#include "sim_options.h"
#include "simulated_node.h"
#include "temperature_trace.h"

namespace {

std::atomic<bool> stopRequested{false};

void onSignal(int) { stopRequested.store(true); }

}  // namespace

int main(int argc, char** argv) {
    using namespace btr::sim;
    const ParseResult parsed = parseSimOptions(std::vector<std::string>(argv + 1, argv + argc));
    if (parsed.help) {
        std::fputs(simUsage().c_str(), stdout);
        return 0;
    }
    if (!parsed.ok) {
        std::fprintf(stderr, "btr-node-sim: %s\n%s", parsed.error.c_str(), simUsage().c_str());
        return 2;
    }
    const SimOptions& options = parsed.options;

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGPIPE, SIG_IGN);  // a dropped broker connection is handled, not fatal

    // One shared trace for a recording; nodes start at different points of it.
    std::shared_ptr<const std::vector<float>> recorded;
    if (!options.tracePath.empty()) {
        TraceLoad load = loadCsvTrace(options.tracePath);
        if (!load.error.empty()) {
            std::fprintf(stderr, "btr-node-sim: %s: %s\n", options.tracePath.c_str(), load.error.c_str());
            return 2;
        }
        std::printf("btr-node-sim: trace %s: %zu rows -> %zu samples at 2 Hz (%zu lines skipped)\n",
                    options.tracePath.c_str(), load.rowsRead, load.celsius.size(), load.rowsSkipped);
        recorded = std::make_shared<const std::vector<float>>(std::move(load.celsius));
    }

    MqttFleet fleet(options);
    for (int i = 0; i < options.nodes; ++i) {
        std::shared_ptr<const std::vector<float>> trace = recorded;
        std::size_t offset = 0;
        if (recorded) {
            offset = recorded->size() * static_cast<std::size_t>(i) / static_cast<std::size_t>(options.nodes);
        } else {
            SyntheticTraceOptions synthetic;
            synthetic.seed = static_cast<unsigned>(i + 1);
            synthetic.runawayAtSeconds = i < options.runawayNodes ? options.runawayAtSeconds : -1.0;
            // Long enough not to loop back into calm during a run away.
            synthetic.seconds = options.durationSeconds > 0 ? options.durationSeconds + 10.0 : 3600.0;
            trace = std::make_shared<const std::vector<float>>(syntheticTrace(synthetic));
        }
        fleet.addNode(std::make_unique<SimulatedNode>(static_cast<unsigned>(i), nodeIdFor(options, i), trace, offset));
    }
    return fleet.run(stopRequested);
}
