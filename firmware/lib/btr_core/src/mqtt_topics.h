// Topic names (SPEC §9). With a device id the node uses btr/{id}/sensor and
// btr/{id}/statue so many nodes can share a broker; without one it is the
// legacy single device on `sensor` / `statue`.
#pragma once

#include <string>

namespace btr {

struct MqttTopics {
    std::string sensor;
    std::string statue;
};

constexpr const char* kLegacySensorTopic = "sensor";
constexpr const char* kLegacyStatueTopic = "statue";

MqttTopics topicsForDevice(const std::string& deviceId);

// 1..32 characters of [A-Za-z0-9_.-]: safe inside a topic level (no '/', '+',
// '#') and as an MQTT client id.
bool isValidDeviceId(const std::string& deviceId);

}  // namespace btr
