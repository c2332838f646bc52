// MQ-series gas sensors: ADC reading -> gas concentration in ppm.
//
// The module is a voltage divider of the heated sensing resistor Rs and a load
// resistor RL powered from Vc. Rs/R0 (R0 = Rs in clean air) maps to ppm by the
// datasheet's log-log curve, ppm = a * (Rs/R0)^b. The ESP32 ADC only takes
// ~3.1 V, so the 5 V module output goes through a resistor divider whose ratio
// is part of the configuration.
#pragma once

#include <cstdint>

namespace btr {

struct GasCurve {
    float a;               // ppm at Rs/R0 = 1
    float b;               // slope of the log-log curve (negative)
    float cleanAirRatio;   // Rs/R0 in clean air (datasheet), for R0 calibration
};

struct GasSensorConfig {
    GasCurve curve;
    float r0KOhm = 10.0f;          // calibrated Rs in clean air
    float loadKOhm = 10.0f;        // RL on the module
    float supplyVolts = 5.0f;      // Vc of the module
    float adcRefVolts = 3.3f;      // ADC full-scale voltage
    std::uint16_t adcMax = 4095;   // 12-bit ESP32-S3 ADC
    float dividerRatio = 1.5f;     // module output volts / ADC pin volts
    float maxPpm = 10000.0f;       // upper end of the MQ sensors' range
};

// Datasheet curves of the gases the node watches for in battery off-gas.
GasCurve mq2LpgCurve();
GasCurve mq4MethaneCurve();
GasCurve mq7CarbonMonoxideCurve();
GasCurve mq8HydrogenCurve();

// 0 ppm for a reading of 0 (open circuit); maxPpm when the ADC is clipped
// (reading >= adcMax) or the output is at the supply (Rs -> 0).
float gasPpmFromAdc(const GasSensorConfig& config, std::uint16_t adcRaw);

// Sensing resistance for a reading; negative when it cannot be computed.
float sensorResistanceKOhm(const GasSensorConfig& config, std::uint16_t adcRaw);

// R0 from a reading taken in clean air; returns false (and leaves r0 alone)
// when the reading cannot give a resistance.
bool calibrateR0InCleanAir(GasSensorConfig& config, std::uint16_t adcRawInCleanAir);

}  // namespace btr
