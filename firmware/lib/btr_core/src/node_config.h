// Network and identity settings kept in SPIFFS as /config.json, a flat JSON
// object. Like the threshold file, every entry stands alone: a missing or bad
// entry takes the default and the rest still counts.
//
//   {"wifi_ssid":"lab","wifi_password":"...","prev_wifi_ssid":"old","prev_wifi_password":"...",
//    "mqtt_host":"192.168.1.10","mqtt_port":1883,"device_id":"btr-a1b2c3"}
//
// An empty device_id selects the legacy single-device topics.
#pragma once

#include <cstdint>
#include <string>

#include "mqtt_topics.h"

namespace btr {

struct NodeConfig {
    std::string wifiSsid;
    std::string wifiPassword;
    std::string previousWifiSsid;
    std::string previousWifiPassword;
    std::string mqttHost;
    std::uint16_t mqttPort = 1883;
    std::string deviceId;

    // A new network from the portal becomes the primary; the one it replaces
    // becomes the fallback "previous" network.
    void adoptWifi(const std::string& ssid, const std::string& password);

    MqttTopics topics() const { return topicsForDevice(deviceId); }
};

struct NodeConfigLoad {
    NodeConfig config;
    unsigned defaultedEntries = 0;  // entries missing or rejected
};

NodeConfigLoad parseNodeConfig(const char* text, std::size_t length, const NodeConfig& defaults);
std::string serializeNodeConfig(const NodeConfig& config);

}  // namespace btr
