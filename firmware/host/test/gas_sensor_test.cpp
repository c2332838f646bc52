#include <gtest/gtest.h>

#include <cmath>

#include "gas_sensor.h"

using namespace btr;

namespace {

GasSensorConfig mq2() {
    GasSensorConfig c;
    c.curve = mq2LpgCurve();
    return c;
}

// ADC count at which the module output makes Rs equal to `rsKOhm`.
std::uint16_t adcForResistance(const GasSensorConfig& c, float rsKOhm) {
    const float vout = c.supplyVolts * c.loadKOhm / (rsKOhm + c.loadKOhm);
    return static_cast<std::uint16_t>(std::lround(vout / c.dividerRatio / c.adcRefVolts * c.adcMax));
}

}  // namespace

TEST(GasSensor, GivenRsEqualToR0_WhenConverted_ThenPpmIsTheCurveConstant) {
    GasSensorConfig c = mq2();
    const std::uint16_t raw = adcForResistance(c, c.r0KOhm);
    EXPECT_NEAR(gasPpmFromAdc(c, raw), c.curve.a, c.curve.a * 0.01f);
}

TEST(GasSensor, GivenHigherOutputVoltage_WhenConverted_ThenPpmRises) {
    GasSensorConfig c = mq2();
    float previous = -1.0f;
    for (std::uint16_t raw = 200; raw <= 3000; raw += 200) {
        const float ppm = gasPpmFromAdc(c, raw);
        EXPECT_GT(ppm, previous) << "raw " << raw;
        previous = ppm;
    }
}

TEST(GasSensor, GivenKnownResistanceRatio_WhenConverted_ThenFollowsPowerLaw) {
    GasSensorConfig c;
    c.curve = mq7CarbonMonoxideCurve();
    c.r0KOhm = 5.0f;
    // Rs/R0 = 0.5 -> ppm = a * 0.5^b
    const float expected = c.curve.a * std::pow(0.5f, c.curve.b);
    const float ppm = gasPpmFromAdc(c, adcForResistance(c, 2.5f));
    EXPECT_NEAR(ppm, expected, expected * 0.02f);
}

TEST(GasSensor, GivenZeroReading_WhenConverted_ThenZeroPpmNotInfinity) {
    EXPECT_EQ(gasPpmFromAdc(mq2(), 0), 0.0f);
}

TEST(GasSensor, GivenSaturatedOrOutOfRangeReading_WhenConverted_ThenClampedToMaxPpm) {
    GasSensorConfig c = mq2();
    EXPECT_EQ(gasPpmFromAdc(c, c.adcMax), c.maxPpm);     // 3.3 V * 1.5 = 4.95 V, Rs tiny
    EXPECT_EQ(gasPpmFromAdc(c, 65535), c.maxPpm);       // beyond 12 bits
    c.dividerRatio = 2.0f;                              // output above supply
    EXPECT_EQ(gasPpmFromAdc(c, 4000), c.maxPpm);
}

TEST(GasSensor, GivenBrokenConfig_WhenConverted_ThenNoNaNEscapes) {
    GasSensorConfig c = mq2();
    c.r0KOhm = 0.0f;
    EXPECT_FALSE(std::isnan(gasPpmFromAdc(c, 1000)));
    c = mq2();
    c.adcMax = 0;
    EXPECT_FALSE(std::isnan(gasPpmFromAdc(c, 1000)));
}

TEST(GasSensor, GivenCleanAirReading_WhenCalibrated_ThenThatReadingGivesCleanAirRatio) {
    GasSensorConfig c = mq2();
    const std::uint16_t cleanAir = 800;
    ASSERT_TRUE(calibrateR0InCleanAir(c, cleanAir));
    EXPECT_NEAR(sensorResistanceKOhm(c, cleanAir) / c.r0KOhm, c.curve.cleanAirRatio, 1e-3);
}

TEST(GasSensor, GivenUnusableCleanAirReading_WhenCalibrated_ThenR0IsKept) {
    GasSensorConfig c = mq2();
    const float before = c.r0KOhm;
    EXPECT_FALSE(calibrateR0InCleanAir(c, 0));
    EXPECT_FALSE(calibrateR0InCleanAir(c, c.adcMax));
    EXPECT_EQ(c.r0KOhm, before);
}
