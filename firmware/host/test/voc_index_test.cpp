#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include <nlohmann/json.hpp>

#include "sensor_payload.h"
#include "sgp41_double.h"
#include "test_support.h"
#include "voc_index.h"

using namespace btr;
using btr::test::Command;
using btr::test::Sgp41Double;
using btr::test::tickTwoHz;

namespace {

// Stands in for Sensirion's algorithm: answers 0 for the first
// `blackoutReadings` readings, then raw / 100 (the double sensor's default
// 10000 gives 100) so a test can tell which reading an index came from.
class GasIndexAlgorithmDouble : public GasIndexAlgorithm {
public:
    explicit GasIndexAlgorithmDouble(unsigned blackoutReadings = 0, float intervalSeconds = 1.0f)
        : blackoutReadings_(blackoutReadings), intervalSeconds_(intervalSeconds) {}

    float samplingIntervalSeconds() override { return intervalSeconds_; }
    std::int32_t process(std::int32_t srawVoc) override {
        processed.push_back(srawVoc);
        return processed.size() <= blackoutReadings_ ? 0 : srawVoc / 100;
    }

    std::vector<std::int32_t> processed;

private:
    unsigned blackoutReadings_;
    float intervalSeconds_;
};

// The default set-up: an algorithm without blackout, sampled every second.
class VocIndexChannelTest : public ::testing::Test {
protected:
    GasIndexAlgorithmDouble algorithm;
    Sgp41Double sensor;
    VocIndexChannel channel{algorithm};
};

}  // namespace

TEST_F(VocIndexChannelTest, GivenTheTwoHzNodeLoop_ThenTheAlgorithmIsFedOncePerSecond) {
    tickTwoHz(channel, sensor, 0, 20);
    EXPECT_EQ(sensor.readAtMs, test::readingsEvery(1000, 0, 20));
    EXPECT_EQ(algorithm.processed.size(), 20u);
}

TEST_F(VocIndexChannelTest, GivenAJitteringLoop_ThenOneReadingPerSecondOnAverageAndEveryGapNearASecond) {
    const int jitter[] = {0, 7, -12, 30, -3, 18, -25, 4};
    for (std::uint32_t k = 0; k < 1200; ++k) {  // 600 s
        const std::uint32_t t = 10000u + k * 500u + static_cast<std::uint32_t>(jitter[k % 8]);
        sensor.clockMs = t;
        channel.update(t, sensor);
    }
    EXPECT_NEAR(static_cast<double>(sensor.readAtMs.size()), 600.0, 1.0);
    for (std::size_t i = 1; i < sensor.readAtMs.size(); ++i) {
        const std::uint32_t gap = sensor.readAtMs[i] - sensor.readAtMs[i - 1];
        EXPECT_GE(gap, 750u) << "reading " << i;
        EXPECT_LE(gap, 1250u) << "reading " << i;
    }
}

TEST_F(VocIndexChannelTest, GivenAStalledLoop_ThenOneReadingOnResumeAndNoCatchUpBurst) {
    tickTwoHz(channel, sensor, 0, 5);       // readings at 0..4 s
    tickTwoHz(channel, sensor, 20000, 3);   // the loop was blocked for 15 s
    const std::vector<std::uint32_t> expected{0, 1000, 2000, 3000, 4000, 20000, 21000, 22000};
    EXPECT_EQ(sensor.readAtMs, expected);
}

TEST_F(VocIndexChannelTest, GivenTheMillisWrap_ThenTheOneSecondGridContinues) {
    tickTwoHz(channel, sensor, 0xFFFFFFFFu - 2999u, 6);  // crosses 2^32 ms
    EXPECT_EQ(sensor.readAtMs, test::readingsEvery(1000, 0xFFFFFFFFu - 2999u, 6));
}

TEST(VocIndexChannel, GivenAnAlgorithmSampledEveryTenSeconds_ThenTheSensorIsReadEveryTenSeconds) {
    GasIndexAlgorithmDouble algorithm(0, 10.0f);
    Sgp41Double sensor;
    VocIndexChannel channel(algorithm);
    tickTwoHz(channel, sensor, 0, 60);
    EXPECT_EQ(sensor.readAtMs, test::readingsEvery(10000, 0, 6));
}

TEST_F(VocIndexChannelTest, GivenPowerUp_ThenTenSecondsOfConditioningThenMeasurements) {
    tickTwoHz(channel, sensor, 0, 13);
    ASSERT_EQ(sensor.commands.size(), 13u);
    for (std::size_t i = 0; i < 10; ++i) EXPECT_EQ(sensor.commands[i], Command::Conditioning) << i;
    for (std::size_t i = 10; i < 13; ++i) EXPECT_EQ(sensor.commands[i], Command::Measurement) << i;
    // The conditioning readings carry SRAW_VOC too and feed the algorithm.
    EXPECT_EQ(algorithm.processed.size(), 13u);
}

TEST(VocIndexChannel, GivenTheAlgorithmsBlackout_ThenTheIndexIsMissingUntilItAnswers) {
    GasIndexAlgorithmDouble algorithm(46);  // Sensirion: 45 s at 1 s
    Sgp41Double sensor;
    VocIndexChannel channel(algorithm);
    const std::vector<float> published = tickTwoHz(channel, sensor, 0, 50);
    for (std::size_t i = 0; i < 92; ++i) EXPECT_TRUE(std::isnan(published[i])) << "tick " << i;  // 0 .. 45.5 s
    for (std::size_t i = 92; i < published.size(); ++i) EXPECT_FLOAT_EQ(published[i], 100.0f) << "tick " << i;
}

TEST_F(VocIndexChannelTest, GivenIndexes_ThenTheSampleBetweenTwoReadingsCarriesTheLatest) {
    sensor.raw = 12300;
    EXPECT_FLOAT_EQ(channel.update(0, sensor), 123.0f);
    sensor.raw = 45600;
    EXPECT_FLOAT_EQ(channel.update(500, sensor), 123.0f);  // not due: held
    EXPECT_FLOAT_EQ(channel.update(1000, sensor), 456.0f);
    EXPECT_FLOAT_EQ(channel.index(), 456.0f);
}

TEST_F(VocIndexChannelTest, GivenAFailedRead_ThenTheIndexIsMissingAndTheAlgorithmIsNotFed) {
    tickTwoHz(channel, sensor, 0, 12);
    ASSERT_FLOAT_EQ(channel.index(), 100.0f);
    sensor.fails = true;
    const std::vector<float> failed = tickTwoHz(channel, sensor, 12000, 3);
    for (float v : failed) EXPECT_TRUE(std::isnan(v));
    EXPECT_EQ(algorithm.processed.size(), 12u);
    sensor.fails = false;
    tickTwoHz(channel, sensor, 15000, 1);
    EXPECT_FLOAT_EQ(channel.index(), 100.0f);
    EXPECT_EQ(algorithm.processed.size(), 13u);
}

TEST(VocIndexChannel, GivenAMissingIndex_ThenThePayloadSaysNullAndTheRuleDoesNotCountIt) {
    GasIndexAlgorithmDouble algorithm(46);
    Sgp41Double sensor;
    VocIndexChannel channel(algorithm);
    SensorSample s = test::calmSample();
    s.set(Channel::VocIndex, channel.update(0, sensor));
    const nlohmann::json j = nlohmann::json::parse(buildSensorPayload(s, Thresholds::defaults(), NodeStatus::Normal, "n"));
    EXPECT_TRUE(j.contains("voc_index"));
    EXPECT_TRUE(j["voc_index"].is_null());
    EXPECT_EQ(evaluateStatus(s, Thresholds::defaults()), NodeStatus::Normal);
}

TEST(Sgp41Compensation, GivenSht4xReadings_ThenTheSensorsTickFormat) {
    const Sgp41Compensation c = sgp41Compensation(50.0f, 25.0f);
    EXPECT_EQ(c.relativeHumidityTicks, 32768u);  // the datasheet's default words
    EXPECT_EQ(c.temperatureTicks, 26214u);
    const Sgp41Compensation hot = sgp41Compensation(100.0f, 130.0f);
    EXPECT_EQ(hot.relativeHumidityTicks, 65535u);
    EXPECT_EQ(hot.temperatureTicks, 65535u);
    const Sgp41Compensation cold = sgp41Compensation(0.0f, -45.0f);
    EXPECT_EQ(cold.relativeHumidityTicks, 0u);
    EXPECT_EQ(cold.temperatureTicks, 0u);
}

TEST(Sgp41Compensation, GivenMissingOrOutOfRangeReadings_ThenDefaultsOrClamped) {
    const Sgp41Compensation missing = sgp41Compensation(NAN, NAN);
    EXPECT_EQ(missing.relativeHumidityTicks, 32768u);
    EXPECT_EQ(missing.temperatureTicks, 26214u);
    const Sgp41Compensation wild = sgp41Compensation(150.0f, 900.0f);
    EXPECT_EQ(wild.relativeHumidityTicks, 65535u);
    EXPECT_EQ(wild.temperatureTicks, 65535u);
}
