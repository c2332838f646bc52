#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "console_command.h"
#include "sim_options.h"
#include "simulated_node.h"
#include "status_rule.h"
#include "synthetic_node.h"
#include "temperature_trace.h"

using namespace btr;
using namespace btr::sim;

namespace {

ParseResult parse(std::initializer_list<const char*> args) {
    std::vector<std::string> v;
    for (const char* a : args) v.emplace_back(a);
    return parseSimOptions(v);
}

}  // namespace

TEST(CsvTrace, GivenIrregularSampling_WhenResampled_ThenTwoHzLinearInterpolation) {
    std::istringstream csv("Time,Temperature\n0.0,30\n0.0001,30\n1.0,32\n3.0,36\n");
    const TraceLoad t = resampleCsvTrace(csv);
    ASSERT_TRUE(t.error.empty()) << t.error;
    ASSERT_EQ(t.celsius.size(), 7u);  // 0, 0.5, ..., 3.0 s
    EXPECT_FLOAT_EQ(t.celsius[0], 30.0f);
    EXPECT_NEAR(t.celsius[1], 31.0f, 1e-3);  // the 0.1 ms burst row shifts it a hair
    EXPECT_FLOAT_EQ(t.celsius[2], 32.0f);
    EXPECT_FLOAT_EQ(t.celsius[3], 33.0f);
    EXPECT_FLOAT_EQ(t.celsius[6], 36.0f);
    EXPECT_EQ(t.rowsSkipped, 1u);  // the header
}

TEST(CsvTrace, GivenRowsSlightlyOutOfOrder_WhenResampled_ThenSortedByTime) {
    std::istringstream csv("0,10\n2,30\n1,20\n3,40\n");
    const TraceLoad t = resampleCsvTrace(csv);
    ASSERT_EQ(t.celsius.size(), 7u);
    for (std::size_t i = 1; i < t.celsius.size(); ++i) EXPECT_GT(t.celsius[i], t.celsius[i - 1]);
}

TEST(CsvTrace, GivenJunkLines_ThenTheyAreSkippedAndCounted) {
    std::istringstream csv("Time,Temperature\n\n0,1\nabc,2\n1,x\n1,3\r\n5;6\n");
    const TraceLoad t = resampleCsvTrace(csv);
    EXPECT_EQ(t.rowsRead, 2u);
    EXPECT_EQ(t.rowsSkipped, 5u);
    EXPECT_EQ(t.celsius.size(), 3u);
}

TEST(CsvTrace, GivenTooFewRowsOrMissingFile_ThenAnError) {
    std::istringstream one("0,1\n");
    EXPECT_FALSE(resampleCsvTrace(one).error.empty());
    std::istringstream same("1,1\n1,2\n");
    EXPECT_FALSE(resampleCsvTrace(same).error.empty());
    EXPECT_FALSE(loadCsvTrace("/nonexistent/trace.csv").error.empty());
}

TEST(SyntheticTrace, GivenNoRunaway_ThenTheCellStaysNearItsBaseTemperature) {
    const std::vector<float> t = syntheticTrace({600.0, 30.0, -1.0, 3});
    ASSERT_EQ(t.size(), 1200u);
    for (float c : t) EXPECT_NEAR(c, 30.0f, 1.0f);
}

TEST(SyntheticTrace, GivenRunaway_ThenTemperatureClimbsPastDangerAfterItStarts) {
    const std::vector<float> t = syntheticTrace({120.0, 30.0, 10.0, 1});
    EXPECT_NEAR(t[19], 30.0f, 1.0f);         // 9.5 s: still calm
    EXPECT_GT(t[2 * 60], 200.0f);            // 60 s: far past every threshold
    EXPECT_LE(t.back(), 700.0f);
}

TEST(SimulatedNode, GivenCalmSyntheticTrace_ThenTheDeviceRuleSaysNormal) {
    auto trace = std::make_shared<const std::vector<float>>(syntheticTrace({60.0, 30.0, -1.0, 1}));
    SimulatedNode node(0, "sim-001", trace, 0);
    for (int i = 0; i < 40; ++i) EXPECT_EQ(node.nextTick(static_cast<std::uint32_t>(i) * 500u).local, NodeStatus::Normal);
}

TEST(SimulatedNode, GivenRunawayTrace_ThenTheDeviceRuleReachesDanger) {
    auto trace = std::make_shared<const std::vector<float>>(syntheticTrace({120.0, 30.0, 0.0, 1}));
    SimulatedNode node(0, "sim-001", trace, 0);
    NodeStatus last = NodeStatus::Normal;
    for (int i = 0; i < 200; ++i) last = node.nextTick(static_cast<std::uint32_t>(i) * 500u).local;
    EXPECT_EQ(last, NodeStatus::Danger);
}

TEST(SimulatedNode, GivenDangerNormalButton_ThenStateLinesFollowTheDevice) {
    auto trace = std::make_shared<const std::vector<float>>(syntheticTrace({60.0, 30.0, -1.0, 1}));
    SimulatedNode node(0, "sim-001", trace, 0);
    node.nextTick(0);
    std::string line;
    ASSERT_TRUE(node.takeStateChange(line));
    EXPECT_EQ(line, "[sim-001] status=NORMAL override=NONE local=NORMAL");
    EXPECT_FALSE(node.takeStateChange(line));
    node.onStatueMessage("danger", 6);
    ASSERT_TRUE(node.takeStateChange(line));
    EXPECT_EQ(line, "[sim-001] status=DANGER override=DANGER_LATCHED local=NORMAL");
    node.onStatueMessage("normal", 6);
    ASSERT_TRUE(node.takeStateChange(line));
    EXPECT_EQ(line, "[sim-001] status=DANGER override=RELEASE_PENDING local=NORMAL");
    EXPECT_EQ(node.pressButton(), ButtonEffect::ReleasedLatch);
    ASSERT_TRUE(node.takeStateChange(line));
    EXPECT_EQ(line, "[sim-001] status=NORMAL override=NONE local=NORMAL");
}

TEST(SimulatedNode, GivenTopicsAndOffsets_ThenPerDeviceTopicsAndLegacyButton) {
    auto trace = std::make_shared<const std::vector<float>>(std::vector<float>{1.0f, 2.0f, 3.0f});
    SimulatedNode node(0, "sim-007", trace, 4);  // offset wraps to 1
    EXPECT_EQ(node.topics().sensor, "btr/sim-007/sensor");
    EXPECT_EQ(node.buttonTopic(), "btr/sim-007/button");
    node.nextTick(0);
    EXPECT_FLOAT_EQ(node.core().history().newest().get(Channel::TempInternal), 2.0f);
    SimulatedNode legacy(0, "", trace, 0);
    EXPECT_EQ(legacy.topics().sensor, "sensor");
    EXPECT_EQ(legacy.buttonTopic(), "button");
    EXPECT_EQ(legacy.label(), "legacy");
}

TEST(SimOptions, GivenDefaults_ThenOneSyntheticNodeOnLocalBrokerAtTwoHz) {
    const ParseResult r = parse({});
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.options.host, "127.0.0.1");
    EXPECT_EQ(r.options.port, 1883);
    EXPECT_EQ(r.options.nodes, 1);
    EXPECT_EQ(r.options.rateHz, 2.0);
    EXPECT_EQ(nodeIdFor(r.options, 0), "sim-001");
}

TEST(SimOptions, GivenManyNodes_ThenNumberedIds) {
    const ParseResult r = parse({"--nodes", "250", "--id-prefix", "load", "--port", "18830", "--duration", "5"});
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(nodeIdFor(r.options, 0), "load-001");
    EXPECT_EQ(nodeIdFor(r.options, 249), "load-250");
    EXPECT_EQ(r.options.durationSeconds, 5.0);
}

TEST(SimOptions, GivenBadCombinations_ThenRejectedWithAMessage) {
    for (auto args : std::vector<std::vector<std::string>>{{"--nodes", "0"},
                                                          {"--port", "99999"},
                                                          {"--port"},
                                                          {"--nodes", "two"},
                                                          {"--legacy", "--nodes", "2"},
                                                          {"--device-id", "x", "--nodes", "2"},
                                                          {"--device-id", "a/b"},
                                                          {"--id-prefix", "a+b"},
                                                          {"--synthetic", "--trace", "f.csv"},
                                                          {"--rate-hz", "0"},
                                                          {"--qos", "2"},
                                                          {"--bogus"}}) {
        const ParseResult r = parseSimOptions(args);
        EXPECT_FALSE(r.ok) << args[0];
        EXPECT_FALSE(r.error.empty()) << args[0];
    }
}

TEST(SimOptions, GivenLegacy_ThenNoDeviceId) {
    const ParseResult r = parse({"--legacy"});
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(nodeIdFor(r.options, 0), "");
}

TEST(ConsoleCommand, GivenLines_ThenVerbsAndTargetsAreParsed) {
    EXPECT_EQ(parseConsoleCommand("button sim-001").verb, ConsoleVerb::Button);
    EXPECT_EQ(parseConsoleCommand("  button   all \r").target, "all");
    EXPECT_EQ(parseConsoleCommand("status").verb, ConsoleVerb::Status);
    EXPECT_EQ(parseConsoleCommand("quit").verb, ConsoleVerb::Quit);
    EXPECT_EQ(parseConsoleCommand("").verb, ConsoleVerb::Empty);
    EXPECT_EQ(parseConsoleCommand("button").verb, ConsoleVerb::Invalid);
    EXPECT_EQ(parseConsoleCommand("button a b").verb, ConsoleVerb::Invalid);
    EXPECT_EQ(parseConsoleCommand("reboot").verb, ConsoleVerb::Invalid);
}

TEST(SyntheticNode, GivenACalmCell_ThenTheVocIndexIsTypicalAirAndBelowItsThreshold) {
    for (unsigned tick = 0; tick < 200; ++tick) {
        const SensorSample s = sampleFromCellTemperature(30.0f, tick * 500u, tick, 3);
        EXPECT_NEAR(s.get(Channel::VocIndex), 100.0f, 5.0f) << "tick " << tick;
        EXPECT_EQ(evaluateStatus(s, Thresholds::defaults()), NodeStatus::Normal) << "tick " << tick;
    }
}

TEST(SyntheticNode, GivenARunaway_ThenTheVocIndexRisesPastItsThresholdUpToTheIndexCeiling) {
    float previous = 0.0f;
    for (float cell : {30.0f, 80.0f, 120.0f, 200.0f, 700.0f}) {
        const float voc = sampleFromCellTemperature(cell, 0, 0, 0).get(Channel::VocIndex);
        EXPECT_GT(voc, previous) << cell << " degC";
        previous = voc;
    }
    EXPECT_GT(sampleFromCellTemperature(200.0f, 0, 0, 0).get(Channel::VocIndex),
              Thresholds::defaults().get(Channel::VocIndex));
    EXPECT_LE(sampleFromCellTemperature(700.0f, 0, 0, 0).get(Channel::VocIndex), 500.0f);
}
