// Factory settings of the node. Everything here can be changed at run time
// from the set-up page (stored in SPIFFS), except the gas sensor calibration.
#pragma once

#include "gas_sensor.h"

namespace fw {

// SPIFFS files (flat JSON, each entry falls back on its own; see lib/btr_core)
constexpr const char* kThresholdFile = "/thresholds.json";
constexpr const char* kConfigFile = "/config.json";

// MQTT broker used until one is configured on the set-up page
constexpr const char* kDefaultMqttHost = "192.168.4.100";
constexpr unsigned kDefaultMqttPort = 1883;

// Set-up access point: SSID is this prefix plus the device id
constexpr const char* kAccessPointPrefix = "BTR-setup-";
constexpr const char* kAccessPointPassword = "batterylab";  // >= 8 chars for WPA2

constexpr unsigned long kWifiAttemptMs = 10000;     // one connection attempt
constexpr unsigned long kMqttRetryMs = 5000;

// MQ modules: RL = 10k on the module, 5 V heater/supply, 10k/20k divider to
// the ADC (ratio 1.5). R0 is the sensing resistance in clean air after the
// 48 h burn-in; measure it once per sensor (README, "Calibrating the MQ
// sensors") and enter it here. Deliberately no automatic calibration at boot:
// a node switched on next to a venting cell would calibrate to the gas.
inline btr::GasSensorConfig mqConfig(const btr::GasCurve& curve, float r0KOhm) {
    btr::GasSensorConfig c;
    c.curve = curve;
    c.r0KOhm = r0KOhm;
    c.loadKOhm = 10.0f;
    c.supplyVolts = 5.0f;
    c.adcRefVolts = 3.3f;
    c.adcMax = 4095;
    c.dividerRatio = 1.5f;
    return c;
}

inline btr::GasSensorConfig mq2Config() { return mqConfig(btr::mq2LpgCurve(), 10.0f); }
inline btr::GasSensorConfig mq4Config() { return mqConfig(btr::mq4MethaneCurve(), 10.0f); }
inline btr::GasSensorConfig mq7Config() { return mqConfig(btr::mq7CarbonMonoxideCurve(), 10.0f); }
inline btr::GasSensorConfig mq8Config() { return mqConfig(btr::mq8HydrogenCurve(), 10.0f); }

// PT100 on a MAX31865 breakout with the 430 ohm reference resistor
constexpr float kRtdNominalOhm = 100.0f;
constexpr float kRtdReferenceOhm = 430.0f;

}  // namespace fw
