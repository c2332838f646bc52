// Wi-Fi (station + set-up access point with captive DNS) and MQTT. Which
// network to try and when the AP opens or closes is decided by the core's
// WifiFallbackPolicy; this class only carries it out.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

#include "node_config.h"
#include "wifi_policy.h"

namespace fw {

class Connectivity {
public:
    using MessageHandler = std::function<void(const std::string& topic, const char* payload, std::size_t length)>;

    void begin(const btr::NodeConfig& config, MessageHandler onMessage);
    // Call from loop(): attempts, time-outs, AP, DNS and the MQTT client.
    void service(std::uint32_t nowMs);

    bool publish(const std::string& payload);
    // After new Wi-Fi credentials: start over with the new primary network.
    void restartWifi(const btr::NodeConfig& config, std::uint32_t nowMs);

    bool wifiConnected() const { return policy_.connected(); }
    bool mqttConnected();
    bool accessPointOpen() const { return policy_.accessPointOpen(); }
    std::string ipAddress() const;

private:
    void startAttempt(std::uint32_t nowMs);
    void applyAccessPoint();
    void serviceMqtt(std::uint32_t nowMs);

    btr::NodeConfig config_;
    btr::MqttTopics topics_;
    btr::WifiFallbackPolicy policy_;
    MessageHandler onMessage_;
    bool attempting_ = false;
    bool apRunning_ = false;
    std::uint32_t attemptStartMs_ = 0;
    std::uint32_t lastMqttTryMs_ = 0;
    bool mqttTried_ = false;
};

}  // namespace fw
