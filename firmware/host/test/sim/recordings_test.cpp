// btr-node-sim --trace over the real recordings in <repo>/../shared/data/thermal/csv
// (Time,Temperature: seconds, cell degC), read in place, never copied into the
// repository. Without the folder the tests skip, except with CI=true, where
// they fail.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "simulated_node.h"
#include "status_rule.h"
#include "synthetic_node.h"
#include "temperature_trace.h"

using namespace btr;
using namespace btr::sim;
namespace fs = std::filesystem;

namespace {

const fs::path kRecordings = BTR_THERMAL_RECORDINGS_DIR;

bool recordingsPresent() {
    if (fs::is_directory(kRecordings)) return true;
    const char* ci = std::getenv("CI");
    if (ci != nullptr && std::string(ci) == "true") ADD_FAILURE() << "real data missing: " << kRecordings;
    return false;
}

std::vector<fs::path> recordingFiles() {
    std::vector<fs::path> files;
    for (const fs::directory_entry& e : fs::directory_iterator(kRecordings)) {
        if (e.path().extension() == ".csv") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool isRunawayRecording(const fs::path& file) { return file.stem().string().find("_exception") != std::string::npos; }

}  // namespace

// One pass over the folder (about 4 million rows): every recording loads,
// and replaying a normal one never makes the node's own rule say DANGER.
TEST(RealRecordings, GivenEveryRecording_ThenItLoadsAndNoNormalOneMakesTheNodeSayDanger) {
    if (!recordingsPresent()) GTEST_SKIP() << "real data missing: " << kRecordings;
    const std::vector<fs::path> files = recordingFiles();
    ASSERT_GE(files.size(), 50u);
    for (const fs::path& file : files) {
        const TraceLoad load = loadCsvTrace(file.string());
        ASSERT_TRUE(load.error.empty()) << file << ": " << load.error;
        EXPECT_EQ(load.rowsSkipped, 1u) << file;  // "Time,Temperature"
        EXPECT_GE(load.celsius.size(), 20u) << file;  // the shortest recordings last 12 s
        if (isRunawayRecording(file)) continue;
        unsigned tick = 0;
        for (float cell : load.celsius) {
            const SensorSample s = sampleFromCellTemperature(cell, tick * 500u, tick, 0);
            ASSERT_NE(evaluateStatus(s, Thresholds::defaults()), NodeStatus::Danger) << file << " at " << tick * 0.5 << " s";
            ++tick;
        }
    }
}

TEST(RealRecordings, GivenARunawayRecordingReplayed_ThenTheNodeRuleReachesDangerWithTheVocIndexBeyond) {
    if (!recordingsPresent()) GTEST_SKIP() << "real data missing: " << kRecordings;
    const TraceLoad load = loadCsvTrace((kRecordings / "temp_data_036_exception.csv").string());
    ASSERT_TRUE(load.error.empty()) << load.error;
    // 0 .. 346.9999 s on the 0.5 s grid.
    EXPECT_EQ(load.celsius.size(), 694u);
    SimulatedNode node(0, "cell-36", std::make_shared<const std::vector<float>>(load.celsius), 0);
    bool danger = false;
    bool vocBeyond = false;
    for (std::size_t i = 0; i < load.celsius.size(); ++i) {
        const NodeTick tick = node.nextTick(static_cast<std::uint32_t>(i) * 500u);
        const float voc = node.core().history().newest().get(Channel::VocIndex);
        danger = danger || tick.local == NodeStatus::Danger;
        vocBeyond = vocBeyond || isBeyondThreshold(voc, Thresholds::defaults().get(Channel::VocIndex));
    }
    EXPECT_TRUE(danger);
    EXPECT_TRUE(vocBeyond);
}

