#include <gtest/gtest.h>

#include "sample_history.h"
#include "test_support.h"

using namespace btr;

TEST(SampleHistory, GivenTwoHzForTenSeconds_ThenCapacityIsTwentySamples) {
    EXPECT_EQ(kHistoryCapacity, 20u);
    EXPECT_EQ(kSamplePeriodMs, 500u);
}

TEST(SampleHistory, GivenMoreSamplesThanCapacity_WhenPushed_ThenOnlyTheLastTenSecondsRemainOldestFirst) {
    SampleHistory h;
    for (std::uint32_t i = 0; i < 25; ++i) h.push(test::calmSample(i * 500));
    ASSERT_TRUE(h.full());
    ASSERT_EQ(h.size(), 20u);
    EXPECT_EQ(h.at(0).timestampMs, 5u * 500u);
    EXPECT_EQ(h.newest().timestampMs, 24u * 500u);
}

TEST(SampleHistory, GivenFewSamples_WhenAskedForStatistics_ThenMeanAndMaxUseOnlyHeldSamples) {
    SampleHistory h;
    for (float t : {30.0f, 32.0f, 40.0f}) {
        SensorSample s = test::calmSample();
        s.set(Channel::TempInternal, t);
        h.push(s);
    }
    float mean = 0, max = 0;
    ASSERT_TRUE(h.mean(Channel::TempInternal, mean));
    ASSERT_TRUE(h.max(Channel::TempInternal, max));
    EXPECT_FLOAT_EQ(mean, 34.0f);
    EXPECT_FLOAT_EQ(max, 40.0f);
}

TEST(SampleHistory, GivenMissingReadings_WhenAskedForStatistics_ThenNaNSamplesAreSkipped) {
    SampleHistory h;
    SensorSample a = test::calmSample();
    a.set(Channel::Humidity, NAN);
    SensorSample b = test::calmSample();
    b.set(Channel::Humidity, 60.0f);
    h.push(a);
    h.push(b);
    float mean = 0;
    ASSERT_TRUE(h.mean(Channel::Humidity, mean));
    EXPECT_FLOAT_EQ(mean, 60.0f);
}

TEST(SampleHistory, GivenNoReadingOfAChannel_WhenAskedForStatistics_ThenItReportsNone) {
    SampleHistory h;
    float v = 0;
    EXPECT_FALSE(h.mean(Channel::Mq2, v));
    h.push(SensorSample());  // all NaN
    EXPECT_FALSE(h.max(Channel::Mq2, v));
}

TEST(SampleHistory, GivenCleared_ThenItIsEmpty) {
    SampleHistory h;
    h.push(test::calmSample());
    h.clear();
    EXPECT_TRUE(h.empty());
}
