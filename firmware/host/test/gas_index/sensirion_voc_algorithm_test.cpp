// The VOC wrapper over Sensirion's real Gas Index Algorithm, through the
// firmware's own adapter (src/sensirion_voc_algorithm.h). Built only when
// BTR_GAS_INDEX_ALGORITHM_DIR names a local checkout of the library.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "sensirion_voc_algorithm.h"
#include "sgp41_double.h"
#include "status_rule.h"
#include "voc_index.h"

using namespace btr;
using btr::test::Sgp41Double;
using btr::test::tickTwoHz;

namespace {

constexpr std::uint16_t kTypicalAirRaw = 30000;  // SRAW_VOC of an SGP41 in office air

}  // namespace

TEST(SensirionVocAlgorithm, GivenTheLibrarysDefaults_ThenTheSensorIsReadOncePerSecond) {
    fw::SensirionVocAlgorithm algorithm;
    EXPECT_FLOAT_EQ(algorithm.samplingIntervalSeconds(), 1.0f);
    VocIndexChannel channel(algorithm);
    Sgp41Double sensor;
    tickTwoHz(channel, sensor, 0, 30);
    EXPECT_EQ(sensor.readAtMs, test::readingsEvery(1000, 0, 30));
}

TEST(SensirionVocAlgorithm, GivenPowerUp_ThenTheIndexIsMissingThroughTheBlackoutThenPresent) {
    fw::SensirionVocAlgorithm algorithm;
    VocIndexChannel channel(algorithm);
    Sgp41Double sensor;
    sensor.raw = kTypicalAirRaw;
    const std::vector<float> published = tickTwoHz(channel, sensor, 0, 60);
    // The algorithm's 45 s blackout: readings at 0..45 s give no index.
    for (std::size_t i = 0; i < 92; ++i) EXPECT_TRUE(std::isnan(published[i])) << "tick " << i;
    for (std::size_t i = 92; i < published.size(); ++i) {
        EXPECT_GE(published[i], 1.0f) << "tick " << i;
        EXPECT_LE(published[i], 500.0f) << "tick " << i;
    }
}

TEST(SensirionVocAlgorithm, GivenSteadyAirThenVocs_ThenTheIndexSettlesAtTypicalAirAndRisesPastItsThreshold) {
    fw::SensirionVocAlgorithm algorithm;
    VocIndexChannel channel(algorithm);
    Sgp41Double sensor;
    sensor.raw = kTypicalAirRaw;
    tickTwoHz(channel, sensor, 0, 600);
    EXPECT_NEAR(channel.index(), 100.0f, 5.0f);
    // VOCs lower the MOX pixel's resistance and with it SRAW_VOC.
    for (unsigned s = 0; s < 90; ++s) {
        sensor.raw = static_cast<std::uint16_t>(kTypicalAirRaw - 10u * s);
        tickTwoHz(channel, sensor, 600000u + 1000u * s, 1);
    }
    EXPECT_GT(channel.index(), Thresholds::defaults().get(Channel::VocIndex));
    EXPECT_TRUE(isBeyondThreshold(channel.index(), Thresholds::defaults().get(Channel::VocIndex)));
}
