#include "mqtt_topics.h"

namespace btr {

MqttTopics topicsForDevice(const std::string& deviceId) {
    if (deviceId.empty()) return {kLegacySensorTopic, kLegacyStatueTopic};
    return {"btr/" + deviceId + "/sensor", "btr/" + deviceId + "/statue"};
}

bool isValidDeviceId(const std::string& deviceId) {
    if (deviceId.empty() || deviceId.size() > 32) return false;
    for (char c : deviceId) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                        c == '-' || c == '.';
        if (!ok) return false;
    }
    return true;
}

}  // namespace btr
