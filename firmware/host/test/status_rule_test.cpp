#include <gtest/gtest.h>

#include <cmath>

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

TEST(StatusRule, GivenUpperBoundChannel_WhenAboveThreshold_ThenBeyondButEqualIsNot) {
    EXPECT_TRUE(isBeyondThreshold(Channel::TempInternal, 50.1f, 50.0f));
    EXPECT_FALSE(isBeyondThreshold(Channel::TempInternal, 50.0f, 50.0f));
    EXPECT_FALSE(isBeyondThreshold(Channel::TempInternal, 20.0f, 50.0f));
}

TEST(StatusRule, GivenVocLowerBound_WhenBelowThreshold_ThenBeyondAndAboveIsNot) {
    EXPECT_TRUE(isBeyondThreshold(Channel::VocIndex, 85.0f, 200.0f));
    EXPECT_FALSE(isBeyondThreshold(Channel::VocIndex, 200.0f, 200.0f));
    EXPECT_FALSE(isBeyondThreshold(Channel::VocIndex, 300.0f, 200.0f));

    SensorSample s = test::calmSample();
    s.set(Channel::VocIndex, 500.0f);  // very high VOC index is not beyond a lower bound
    EXPECT_EQ(countChannelsBeyond(s, Thresholds::defaults()), 0u);
    s.set(Channel::VocIndex, 50.0f);
    EXPECT_EQ(countChannelsBeyond(s, Thresholds::defaults()), 1u);
}

TEST(StatusRule, GivenMissingReadings_ThenTheyNeverCountAsBeyond) {
    SensorSample s;  // every channel NaN: e.g. sensors not yet up
    EXPECT_EQ(countChannelsBeyond(s, Thresholds::defaults()), 0u);
    EXPECT_FALSE(isBeyondThreshold(Channel::VocIndex, NAN, 200.0f));
}

TEST(StatusRule, GivenEveryChannelAlone_WhenPushedBeyond_ThenExactlyOneCounts) {
    for (std::size_t i = 0; i < kChannelCount; ++i) {
        const ChannelInfo& info = channelInfoAt(i);
        SensorSample s = test::calmSample();
        s.values[i] = info.bound == Bound::Upper ? info.defaultThreshold + 1.0f : info.defaultThreshold - 1.0f;
        EXPECT_EQ(countChannelsBeyond(s, Thresholds::defaults()), 1u) << info.key;
    }
}

TEST(StatusRule, GivenStatus_ThenNamesAreThePayloadWords) {
    EXPECT_STREQ(statusName(NodeStatus::Normal), "NORMAL");
    EXPECT_STREQ(statusName(NodeStatus::Warning), "WARNING");
    EXPECT_STREQ(statusName(NodeStatus::Danger), "DANGER");
}
