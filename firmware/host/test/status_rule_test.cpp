#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "status_rule.h"
#include "test_support.h"

using namespace btr;

TEST(StatusRule, GivenNoChannelBeyond_ThenNormal) {
    EXPECT_EQ(evaluateStatus(test::calmSample(), Thresholds::defaults()), NodeStatus::Normal);
}

TEST(StatusRule, GivenOneOrTwoChannelsBeyond_ThenWarning) {
    EXPECT_EQ(evaluateStatus(test::sampleWithChannelsBeyond(1), Thresholds::defaults()), NodeStatus::Warning);
    EXPECT_EQ(evaluateStatus(test::sampleWithChannelsBeyond(2), Thresholds::defaults()), NodeStatus::Warning);
}

TEST(StatusRule, GivenMoreThanTwoChannelsBeyond_ThenDanger) {
    EXPECT_EQ(evaluateStatus(test::sampleWithChannelsBeyond(3), Thresholds::defaults()), NodeStatus::Danger);
    EXPECT_EQ(evaluateStatus(test::sampleWithChannelsBeyond(5), Thresholds::defaults()), NodeStatus::Danger);
}

TEST(StatusRule, GivenCounts_ThenMappingIsZeroNormalOneTwoWarningMoreDanger) {
    EXPECT_EQ(statusFromCount(0), NodeStatus::Normal);
    EXPECT_EQ(statusFromCount(1), NodeStatus::Warning);
    EXPECT_EQ(statusFromCount(2), NodeStatus::Warning);
    EXPECT_EQ(statusFromCount(3), NodeStatus::Danger);
    EXPECT_EQ(statusFromCount(10), NodeStatus::Danger);
}

TEST(StatusRule, GivenAReading_WhenAboveThreshold_ThenBeyondButEqualIsNot) {
    EXPECT_TRUE(isBeyondThreshold(50.1f, 50.0f));
    EXPECT_FALSE(isBeyondThreshold(50.0f, 50.0f));
    EXPECT_FALSE(isBeyondThreshold(20.0f, 50.0f));
}

TEST(StatusRule, GivenVocIndex_WhenAboveThreshold_ThenBeyondAndTypicalAirIsNot) {
    SensorSample s = test::calmSample();
    s.set(Channel::VocIndex, 100.0f);  // Sensirion's VOC index of typical air
    EXPECT_EQ(countChannelsBeyond(s, Thresholds::defaults()), 0u);
    s.set(Channel::VocIndex, 1.0f);  // cleaner than the learned baseline: no alarm
    EXPECT_EQ(countChannelsBeyond(s, Thresholds::defaults()), 0u);
    s.set(Channel::VocIndex, 200.0f);
    EXPECT_EQ(countChannelsBeyond(s, Thresholds::defaults()), 0u);
    s.set(Channel::VocIndex, 350.0f);  // off-gassing cell
    EXPECT_EQ(countChannelsBeyond(s, Thresholds::defaults()), 1u);
}

// The example payload of SPEC §9, values and thresholds as printed there.
TEST(StatusRule, GivenTheSpecExamplePayload_ThenNormal) {
    SensorSample s;
    s.set(Channel::TempAmbient, 25.5f);
    s.set(Channel::TempInternal, 32.1f);
    s.set(Channel::Humidity, 45.2f);
    s.set(Channel::Mq2, 15.3f);
    s.set(Channel::Mq4, 12.1f);
    s.set(Channel::Mq8, 8.5f);
    s.set(Channel::Mq7, 22.0f);
    s.set(Channel::VocIndex, 85.0f);
    s.set(Channel::Max30105Smoke, 120.0f);
    s.set(Channel::Max30105Temp, 33.5f);
    const ThresholdLoad spec = parseThresholds(std::string(
        R"({"temp_ambient_c":50.0,"temp_internal_c":50.0,"humidity_percent":80.0,"mq2_ppm":200.0,)"
        R"("mq4_ppm":250.0,"mq8_ppm":450.0,"mq7_ppm":750.0,"voc_index":200.0,"max30105_smoke":750,"max30105_temp_c":50.0})"));
    ASSERT_TRUE(spec.allFromFile());
    EXPECT_EQ(countChannelsBeyond(s, spec.thresholds), 0u);
    EXPECT_EQ(evaluateStatus(s, spec.thresholds), NodeStatus::Normal);
}

TEST(StatusRule, GivenMissingReadings_ThenTheyNeverCountAsBeyond) {
    SensorSample s;  // every channel NaN: e.g. sensors not yet up
    EXPECT_EQ(countChannelsBeyond(s, Thresholds::defaults()), 0u);
    EXPECT_FALSE(isBeyondThreshold(NAN, 200.0f));
    EXPECT_FALSE(isBeyondThreshold(500.0f, NAN));
}

TEST(StatusRule, GivenEveryChannelAlone_WhenPushedBeyond_ThenExactlyOneCounts) {
    for (std::size_t i = 0; i < kChannelCount; ++i) {
        const ChannelInfo& info = channelInfoAt(i);
        SensorSample s = test::calmSample();
        s.values[i] = info.defaultThreshold + 1.0f;
        EXPECT_EQ(countChannelsBeyond(s, Thresholds::defaults()), 1u) << info.key;
    }
}

TEST(StatusRule, GivenStatus_ThenNamesAreThePayloadWords) {
    EXPECT_STREQ(statusName(NodeStatus::Normal), "NORMAL");
    EXPECT_STREQ(statusName(NodeStatus::Warning), "WARNING");
    EXPECT_STREQ(statusName(NodeStatus::Danger), "DANGER");
}
