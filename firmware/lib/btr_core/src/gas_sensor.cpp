#include "gas_sensor.h"

#include <cmath>

namespace btr {

// Curve parameters as fitted to the Hanwei datasheet curves (the values used
// by the common MQ libraries), so readings compare with other MQ projects.
GasCurve mq2LpgCurve() { return {574.25f, -2.222f, 9.83f}; }
GasCurve mq4MethaneCurve() { return {1012.7f, -2.786f, 4.4f}; }
GasCurve mq7CarbonMonoxideCurve() { return {99.042f, -1.518f, 27.5f}; }
GasCurve mq8HydrogenCurve() { return {976.97f, -0.688f, 70.0f}; }

float sensorResistanceKOhm(const GasSensorConfig& config, std::uint16_t adcRaw) {
    if (config.adcMax == 0) return -1.0f;
    // A clipped ADC only says "at least full scale": treat as saturated.
    if (adcRaw >= config.adcMax) return 0.0f;
    const std::uint16_t raw = adcRaw;
    const float outVolts =
        static_cast<float>(raw) / static_cast<float>(config.adcMax) * config.adcRefVolts * config.dividerRatio;
    if (outVolts <= 0.0f) return -1.0f;                    // open circuit: Rs unbounded
    if (outVolts >= config.supplyVolts) return 0.0f;       // saturated: Rs ~ 0
    return config.loadKOhm * (config.supplyVolts - outVolts) / outVolts;
}

float gasPpmFromAdc(const GasSensorConfig& config, std::uint16_t adcRaw) {
    const float rs = sensorResistanceKOhm(config, adcRaw);
    if (rs < 0.0f) return 0.0f;
    if (rs == 0.0f || config.r0KOhm <= 0.0f) return config.maxPpm;
    const float ppm = config.curve.a * std::pow(rs / config.r0KOhm, config.curve.b);
    if (!std::isfinite(ppm) || ppm > config.maxPpm) return config.maxPpm;
    return ppm;
}

bool calibrateR0InCleanAir(GasSensorConfig& config, std::uint16_t adcRawInCleanAir) {
    const float rs = sensorResistanceKOhm(config, adcRawInCleanAir);
    if (rs <= 0.0f || config.curve.cleanAirRatio <= 0.0f) return false;
    config.r0KOhm = rs / config.curve.cleanAirRatio;
    return true;
}

}  // namespace btr
