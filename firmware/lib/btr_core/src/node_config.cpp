#include "node_config.h"

#include "flat_json.h"

namespace btr {

namespace {

constexpr std::size_t kMaxSsid = 32;      // 802.11 limit
constexpr std::size_t kMaxPassword = 64;  // WPA2 passphrase limit
constexpr std::size_t kMaxHost = 253;     // DNS name limit

enum Entry : unsigned {
    kWifiSsid = 1u << 0,
    kWifiPassword = 1u << 1,
    kPrevSsid = 1u << 2,
    kPrevPassword = 1u << 3,
    kMqttHost = 1u << 4,
    kMqttPort = 1u << 5,
    kDeviceId = 1u << 6,
    kAllEntries = (1u << 7) - 1u,
};

bool takeString(const JsonMember& m, std::size_t maxLength, std::string& out) {
    if (m.kind != JsonKind::String || m.text.size() > maxLength) return false;
    out = m.text;
    return true;
}

unsigned countBits(unsigned v) {
    unsigned n = 0;
    for (; v != 0; v &= v - 1) ++n;
    return n;
}

}  // namespace

void NodeConfig::adoptWifi(const std::string& ssid, const std::string& password) {
    if (ssid != wifiSsid && !wifiSsid.empty()) {
        previousWifiSsid = wifiSsid;
        previousWifiPassword = wifiPassword;
    }
    wifiSsid = ssid;
    wifiPassword = password;
}

NodeConfigLoad parseNodeConfig(const char* text, std::size_t length, const NodeConfig& defaults) {
    NodeConfigLoad load;
    load.config = defaults;
    unsigned taken = 0;
    FlatJsonReader reader(text, length);
    JsonMember m;
    while (reader.next(m)) {
        if (m.key == "wifi_ssid") {
            if (takeString(m, kMaxSsid, load.config.wifiSsid)) taken |= kWifiSsid;
        } else if (m.key == "wifi_password") {
            if (takeString(m, kMaxPassword, load.config.wifiPassword)) taken |= kWifiPassword;
        } else if (m.key == "prev_wifi_ssid") {
            if (takeString(m, kMaxSsid, load.config.previousWifiSsid)) taken |= kPrevSsid;
        } else if (m.key == "prev_wifi_password") {
            if (takeString(m, kMaxPassword, load.config.previousWifiPassword)) taken |= kPrevPassword;
        } else if (m.key == "mqtt_host") {
            if (takeString(m, kMaxHost, load.config.mqttHost)) taken |= kMqttHost;
        } else if (m.key == "mqtt_port") {
            double port = 0;
            if (m.kind == JsonKind::Scalar && parseJsonNumber(m.text, port) && port >= 1 && port <= 65535 &&
                port == static_cast<double>(static_cast<long>(port))) {
                load.config.mqttPort = static_cast<std::uint16_t>(port);
                taken |= kMqttPort;
            }
        } else if (m.key == "device_id") {
            // Empty is allowed on purpose: it selects legacy mode.
            if (m.kind == JsonKind::String && (m.text.empty() || isValidDeviceId(m.text))) {
                load.config.deviceId = m.text;
                taken |= kDeviceId;
            }
        }
    }
    load.defaultedEntries = countBits(kAllEntries & ~taken);
    return load;
}

std::string serializeNodeConfig(const NodeConfig& config) {
    std::string out;
    JsonWriter w(out);
    w.beginObject();
    w.key("wifi_ssid");
    w.stringValue(config.wifiSsid.c_str());
    w.key("wifi_password");
    w.stringValue(config.wifiPassword.c_str());
    w.key("prev_wifi_ssid");
    w.stringValue(config.previousWifiSsid.c_str());
    w.key("prev_wifi_password");
    w.stringValue(config.previousWifiPassword.c_str());
    w.key("mqtt_host");
    w.stringValue(config.mqttHost.c_str());
    w.key("mqtt_port");
    w.integerValue(config.mqttPort);
    w.key("device_id");
    w.stringValue(config.deviceId.c_str());
    w.endObject();
    out += '\n';
    return out;
}

}  // namespace btr
