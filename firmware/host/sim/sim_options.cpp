#include "sim_options.h"

#include <cstdio>
#include <cstdlib>

#include "mqtt_topics.h"

namespace btr::sim {

namespace {

bool toInt(const std::string& text, int& out) {
    char* end = nullptr;
    const long v = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || v < -1000000000L || v > 1000000000L) return false;
    out = static_cast<int>(v);
    return true;
}

bool toDouble(const std::string& text, double& out) {
    char* end = nullptr;
    const double v = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0') return false;
    out = v;
    return true;
}

}  // namespace

std::string simUsage() {
    return "usage: btr-node-sim [options]\n"
           "  --host HOST          broker host (default 127.0.0.1)\n"
           "  --port PORT          broker port (default 1883)\n"
           "  --nodes N            simulated nodes in this process (default 1, max 5000)\n"
           "  --id-prefix P        node ids P-001, P-002, ... (default sim)\n"
           "  --device-id ID       id of the single node (with --nodes 1)\n"
           "  --legacy             single node without device id on topics sensor/statue\n"
           "  --trace FILE         replay a Time,Temperature CSV as the cell temperature,\n"
           "                       resampled to 2 Hz (e.g. ../shared/data/thermal/csv/temp_data_036_exception.csv)\n"
           "  --synthetic          synthetic cell temperature (default when no --trace)\n"
           "  --runaway-at SEC     synthetic: start a thermal runaway after SEC seconds\n"
           "  --runaway-nodes K    synthetic: only the first K nodes run away (default 1)\n"
           "  --duration SEC       stop after SEC seconds (default: run until SIGINT/quit)\n"
           "  --rate-hz R          samples per second per node (default 2, the device rate)\n"
           "  --qos Q              MQTT QoS of the sensor messages, 0 or 1 (default 0)\n"
           "  --quiet              do not print state changes\n"
           "Button: publish anything to btr/<id>/button (legacy: button), or type\n"
           "'button <id>' / 'button all' on stdin; 'status' prints all nodes, 'quit' stops.\n";
}

ParseResult parseSimOptions(const std::vector<std::string>& args) {
    ParseResult r;
    SimOptions& o = r.options;
    bool synthetic = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](std::string& out) {
            if (i + 1 >= args.size()) {
                r.error = a + " needs a value";
                return false;
            }
            out = args[++i];
            return true;
        };
        std::string v;
        if (a == "--help" || a == "-h") {
            r.help = true;
            return r;
        } else if (a == "--legacy") {
            o.legacy = true;
        } else if (a == "--synthetic") {
            synthetic = true;
        } else if (a == "--quiet") {
            o.quiet = true;
        } else if (a == "--host") {
            if (!value(o.host)) return r;
        } else if (a == "--id-prefix") {
            if (!value(o.idPrefix)) return r;
        } else if (a == "--device-id") {
            if (!value(o.deviceId)) return r;
        } else if (a == "--trace") {
            if (!value(o.tracePath)) return r;
        } else if (a == "--port" || a == "--nodes" || a == "--qos" || a == "--runaway-nodes") {
            int n = 0;
            if (!value(v)) return r;
            if (!toInt(v, n)) {
                r.error = a + ": not an integer: " + v;
                return r;
            }
            if (a == "--port") o.port = n;
            if (a == "--nodes") o.nodes = n;
            if (a == "--qos") o.qos = n;
            if (a == "--runaway-nodes") o.runawayNodes = n;
        } else if (a == "--runaway-at" || a == "--duration" || a == "--rate-hz") {
            double d = 0;
            if (!value(v)) return r;
            if (!toDouble(v, d)) {
                r.error = a + ": not a number: " + v;
                return r;
            }
            if (a == "--runaway-at") o.runawayAtSeconds = d;
            if (a == "--duration") o.durationSeconds = d;
            if (a == "--rate-hz") o.rateHz = d;
        } else {
            r.error = "unknown option " + a;
            return r;
        }
    }
    if (o.port < 1 || o.port > 65535) r.error = "--port must be 1..65535";
    else if (o.nodes < 1 || o.nodes > 5000) r.error = "--nodes must be 1..5000";
    else if (o.qos < 0 || o.qos > 1) r.error = "--qos must be 0 or 1";
    else if (!(o.rateHz > 0.0 && o.rateHz <= 50.0)) r.error = "--rate-hz must be in (0, 50]";
    else if (o.durationSeconds < 0.0) r.error = "--duration must not be negative";
    else if (synthetic && !o.tracePath.empty()) r.error = "--synthetic and --trace exclude each other";
    else if (o.legacy && (o.nodes != 1 || !o.deviceId.empty())) r.error = "--legacy is one node without device id";
    else if (!o.deviceId.empty() && o.nodes != 1) r.error = "--device-id names a single node; use --id-prefix";
    else if (!o.deviceId.empty() && !isValidDeviceId(o.deviceId)) r.error = "invalid --device-id";
    else if (!o.legacy && o.deviceId.empty() && !isValidDeviceId(nodeIdFor(o, o.nodes - 1)))
        r.error = "invalid --id-prefix";
    if (r.error.empty()) r.ok = true;
    return r;
}

std::string nodeIdFor(const SimOptions& options, int index) {
    if (options.legacy) return "";
    if (!options.deviceId.empty()) return options.deviceId;
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "-%03d", index + 1);
    return options.idPrefix + suffix;
}

}  // namespace btr::sim
