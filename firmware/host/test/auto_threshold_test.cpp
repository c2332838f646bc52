#include <gtest/gtest.h>

#include "auto_threshold.h"
#include "status_rule.h"
#include "test_support.h"

using namespace btr;

namespace {

// Ten seconds of samples with the internal temperature ramping 30..39.5 and
// the VOC index rising 100..195.
SampleHistory rampHistory() {
    SampleHistory h;
    for (int i = 0; i < 20; ++i) {
        SensorSample s = test::calmSample(static_cast<std::uint32_t>(i) * 500u);
        s.set(Channel::TempInternal, 30.0f + 0.5f * static_cast<float>(i));
        s.set(Channel::VocIndex, 100.0f + 5.0f * static_cast<float>(i));
        h.push(s);
    }
    return h;
}

}  // namespace

TEST(AutoThreshold, GivenMaxMode_ThenUpperBoundIsMaxPlusMargin) {
    const AutoThresholdResult r = computeAutoThresholds(rampHistory(), Thresholds::defaults(), {AutoThresholdMode::Max, 0.2f});
    EXPECT_FLOAT_EQ(r.thresholds.get(Channel::TempInternal), 39.5f * 1.2f);
    EXPECT_TRUE(r.changed(Channel::TempInternal));
}

TEST(AutoThreshold, GivenMeanMode_ThenUpperBoundIsMeanPlusMargin) {
    const AutoThresholdResult r =
        computeAutoThresholds(rampHistory(), Thresholds::defaults(), {AutoThresholdMode::Mean, 0.1f});
    EXPECT_NEAR(r.thresholds.get(Channel::TempInternal), 34.75f * 1.1f, 1e-4);
}

TEST(AutoThreshold, GivenVocIndex_ThenThresholdIsMaxOrMeanPlusMarginLikeEveryChannel) {
    const AutoThresholdResult max = computeAutoThresholds(rampHistory(), Thresholds::defaults(), {AutoThresholdMode::Max, 0.2f});
    EXPECT_FLOAT_EQ(max.thresholds.get(Channel::VocIndex), 195.0f * 1.2f);
    const AutoThresholdResult mean =
        computeAutoThresholds(rampHistory(), Thresholds::defaults(), {AutoThresholdMode::Mean, 0.2f});
    EXPECT_NEAR(mean.thresholds.get(Channel::VocIndex), 147.5f * 1.2f, 1e-3);
}

TEST(AutoThreshold, GivenNearZeroBaseline_ThenTheChannelMinimumMarginApplies) {
    SampleHistory h;
    SensorSample s = test::calmSample();
    s.set(Channel::Mq2, 0.0f);
    h.push(s);
    const AutoThresholdResult r = computeAutoThresholds(h, Thresholds::defaults(), {AutoThresholdMode::Max, 0.2f});
    EXPECT_FLOAT_EQ(r.thresholds.get(Channel::Mq2), channelInfo(Channel::Mq2).minAutoMargin);
}

TEST(AutoThreshold, GivenEmptyHistory_ThenThresholdsAreUnchanged) {
    Thresholds current = Thresholds::defaults();
    current.set(Channel::Mq4, 321.0f);
    const AutoThresholdResult r = computeAutoThresholds(SampleHistory(), current, {});
    EXPECT_EQ(r.changedMask, 0u);
    EXPECT_EQ(r.thresholds.get(Channel::Mq4), 321.0f);
}

TEST(AutoThreshold, GivenChannelWithoutReadings_ThenItKeepsItsThreshold) {
    SampleHistory h;
    SensorSample s = test::calmSample();
    s.set(Channel::Humidity, NAN);
    h.push(s);
    const AutoThresholdResult r = computeAutoThresholds(h, Thresholds::defaults(), {});
    EXPECT_FALSE(r.changed(Channel::Humidity));
    EXPECT_EQ(r.thresholds.get(Channel::Humidity), 80.0f);
    EXPECT_TRUE(r.changed(Channel::TempAmbient));
}

TEST(AutoThreshold, GivenResultOutsidePlausibleRange_ThenItIsClamped) {
    SampleHistory h;
    SensorSample s = test::calmSample();
    s.set(Channel::Humidity, 95.0f);  // 95 * 1.2 = 114 % is no humidity
    h.push(s);
    const AutoThresholdResult r = computeAutoThresholds(h, Thresholds::defaults(), {AutoThresholdMode::Max, 0.2f});
    EXPECT_EQ(r.thresholds.get(Channel::Humidity), 100.0f);
}

TEST(AutoThreshold, GivenAutoThresholds_ThenTheyPassTheFileValidationAndCalmDataIsNormal) {
    const SampleHistory h = rampHistory();
    const AutoThresholdResult r = computeAutoThresholds(h, Thresholds::defaults(), {AutoThresholdMode::Max, 0.2f});
    for (std::size_t i = 0; i < kChannelCount; ++i) {
        EXPECT_TRUE(isPlausibleThreshold(channelInfoAt(i).channel, r.thresholds.values[i])) << channelInfoAt(i).key;
    }
    EXPECT_EQ(countChannelsBeyond(h.newest(), r.thresholds), 0u);
}

TEST(AutoThreshold, GivenModeText_ThenMeanAndMaxAreParsedAndOthersRejected) {
    AutoThresholdMode m = AutoThresholdMode::Mean;
    EXPECT_TRUE(parseAutoThresholdMode("max", m));
    EXPECT_EQ(m, AutoThresholdMode::Max);
    EXPECT_TRUE(parseAutoThresholdMode("mean", m));
    EXPECT_EQ(m, AutoThresholdMode::Mean);
    EXPECT_FALSE(parseAutoThresholdMode("median", m));
    EXPECT_FALSE(parseAutoThresholdMode(nullptr, m));
}

TEST(AutoThreshold, GivenNegativeOrNaNMargin_ThenOnlyTheMinimumMarginIsUsed) {
    SampleHistory h;
    h.push(test::calmSample());
    const AutoThresholdResult r = computeAutoThresholds(h, Thresholds::defaults(), {AutoThresholdMode::Max, NAN});
    EXPECT_FLOAT_EQ(r.thresholds.get(Channel::TempInternal), 30.0f + 2.0f);
}
