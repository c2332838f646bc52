#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "node_core.h"
#include "test_support.h"

using namespace btr;
using nlohmann::json;

namespace {

void statue(NodeCore& node, const std::string& payload) { node.onStatueMessage(payload.data(), payload.size()); }

std::string reportedStatus(const NodeTick& tick) { return json::parse(tick.payload)["status"].get<std::string>(); }

}  // namespace

TEST(NodeCore, GivenCalmSample_ThenPayloadReportsNormalWithDeviceId) {
    NodeCore node("bench-1", Thresholds::defaults());
    const NodeTick tick = node.onSample(test::calmSample(500));
    EXPECT_EQ(tick.local, NodeStatus::Normal);
    EXPECT_EQ(tick.effective, NodeStatus::Normal);
    const json j = json::parse(tick.payload);
    EXPECT_EQ(j["device_id"], "bench-1");
    EXPECT_EQ(j["status"], "NORMAL");
}

TEST(NodeCore, GivenThreeChannelsBeyond_ThenPayloadReportsDanger) {
    NodeCore node("n", Thresholds::defaults());
    const NodeTick tick = node.onSample(test::sampleWithChannelsBeyond(3));
    EXPECT_EQ(tick.channelsBeyond, 3u);
    EXPECT_EQ(reportedStatus(tick), "DANGER");
}

TEST(NodeCore, GivenDangerNormalButtonSequence_ThenDangerUntilButtonThenLocalEvaluation) {
    NodeCore node("n", Thresholds::defaults());
    EXPECT_EQ(reportedStatus(node.onSample(test::calmSample())), "NORMAL");

    statue(node, "danger");
    EXPECT_EQ(node.effectiveStatus(), NodeStatus::Danger);  // at once, before the next sample
    EXPECT_EQ(reportedStatus(node.onSample(test::calmSample())), "DANGER");

    statue(node, "normal");
    EXPECT_EQ(node.overrideState(), OverrideState::ReleasePending);
    EXPECT_EQ(reportedStatus(node.onSample(test::calmSample())), "DANGER");

    EXPECT_EQ(node.onButtonPress(), ButtonEffect::ReleasedLatch);
    EXPECT_EQ(reportedStatus(node.onSample(test::calmSample())), "NORMAL");
    EXPECT_EQ(reportedStatus(node.onSample(test::sampleWithChannelsBeyond(1))), "WARNING");
}

TEST(NodeCore, GivenMalformedStatueMessages_ThenStatusFollowsTheSensorsAlone) {
    NodeCore node("n", Thresholds::defaults());
    for (const char* junk : {"", "DANGER!!", "{\"cmd\":\"danger\"}", "\x01\x02"}) {
        EXPECT_FALSE(node.onStatueMessage(junk, std::char_traits<char>::length(junk)));
    }
    EXPECT_EQ(node.overrideState(), OverrideState::None);
    EXPECT_EQ(reportedStatus(node.onSample(test::calmSample())), "NORMAL");
}

TEST(NodeCore, GivenSamples_ThenHistoryHoldsTheLastTenSeconds) {
    NodeCore node("n", Thresholds::defaults());
    for (std::uint32_t i = 0; i < 30; ++i) node.onSample(test::calmSample(i * 500));
    EXPECT_EQ(node.history().size(), 20u);
    EXPECT_EQ(node.history().newest().timestampMs, 29u * 500u);
}

TEST(NodeCore, GivenAutoThresholds_ThenTheyAreUsedByTheRuleAndReportedInThePayload) {
    NodeCore node("n", Thresholds::defaults());
    for (int i = 0; i < 20; ++i) node.onSample(test::calmSample());
    node.applyAutoThresholds({AutoThresholdMode::Max, 0.1f});
    EXPECT_FLOAT_EQ(node.thresholds().get(Channel::TempInternal), 33.0f);
    SensorSample warm = test::calmSample();
    warm.set(Channel::TempInternal, 34.0f);  // below the default 50, above the new 33
    const NodeTick tick = node.onSample(warm);
    EXPECT_EQ(tick.local, NodeStatus::Warning);
    EXPECT_DOUBLE_EQ(json::parse(tick.payload)["thresholds"]["temp_internal_c"].get<double>(), 33.0);
}

TEST(NodeCore, GivenLegacyNode_ThenPayloadHasNoDeviceId) {
    NodeCore node("", Thresholds::defaults());
    EXPECT_FALSE(json::parse(node.onSample(test::calmSample()).payload).contains("device_id"));
}
