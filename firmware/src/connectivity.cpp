#include "connectivity.h"

#include <Arduino.h>
#include <DNSServer.h>
#include <PubSubClient.h>
#include <WiFi.h>

#include "firmware_defaults.h"

namespace fw {

namespace {

WiFiClient tcp;
PubSubClient mqtt(tcp);
DNSServer dns;
Connectivity::MessageHandler* handler = nullptr;

void onMqttMessage(char* topic, byte* payload, unsigned int length) {
    if (handler != nullptr && *handler) (*handler)(std::string(topic), reinterpret_cast<const char*>(payload), length);
}

}  // namespace

void Connectivity::begin(const btr::NodeConfig& config, MessageHandler onMessage) {
    config_ = config;
    topics_ = config.topics();
    onMessage_ = std::move(onMessage);
    handler = &onMessage_;
    WiFi.mode(WIFI_AP_STA);
    WiFi.setAutoReconnect(false);  // the policy decides what to try next
    mqtt.setServer(config_.mqttHost.c_str(), config_.mqttPort);
    mqtt.setCallback(onMqttMessage);
    mqtt.setBufferSize(1024);  // the payload is ~650 bytes, the default buffer 256
    mqtt.setSocketTimeout(2);  // seconds; keep the sampling loop responsive
    policy_.begin(millis(), !config_.wifiSsid.empty(), !config_.previousWifiSsid.empty());
    applyAccessPoint();
    startAttempt(millis());
}

void Connectivity::restartWifi(const btr::NodeConfig& config, std::uint32_t nowMs) {
    mqtt.disconnect();
    config_ = config;
    topics_ = config_.topics();
    // PubSubClient keeps the host pointer: hand it the new string.
    mqtt.setServer(config_.mqttHost.c_str(), config_.mqttPort);
    WiFi.disconnect();
    policy_.begin(nowMs, !config_.wifiSsid.empty(), !config_.previousWifiSsid.empty());
    applyAccessPoint();
    startAttempt(nowMs);
}

void Connectivity::startAttempt(std::uint32_t nowMs) {
    attempting_ = false;
    const btr::WifiNetwork network = policy_.networkToTry();
    if (network == btr::WifiNetwork::None) return;
    const bool primary = network == btr::WifiNetwork::Primary;
    const std::string& ssid = primary ? config_.wifiSsid : config_.previousWifiSsid;
    const std::string& password = primary ? config_.wifiPassword : config_.previousWifiPassword;
    Serial.printf("wifi: trying %s network '%s'\n", primary ? "configured" : "previous", ssid.c_str());
    WiFi.begin(ssid.c_str(), password.c_str());
    attempting_ = true;
    attemptStartMs_ = nowMs;
}

void Connectivity::applyAccessPoint() {
    if (policy_.accessPointOpen() && !apRunning_) {
        const std::string ssid = std::string(kAccessPointPrefix) + config_.deviceId;
        WiFi.softAP(ssid.c_str(), kAccessPointPassword);
        dns.start(53, "*", WiFi.softAPIP());  // every name -> the set-up page
        apRunning_ = true;
        Serial.printf("ap: '%s' open at %s\n", ssid.c_str(), WiFi.softAPIP().toString().c_str());
    } else if (!policy_.accessPointOpen() && apRunning_) {
        dns.stop();
        WiFi.softAPdisconnect(true);
        WiFi.mode(WIFI_STA);
        apRunning_ = false;
        Serial.println("ap: closed");
    }
}

void Connectivity::service(std::uint32_t nowMs) {
    const bool up = WiFi.status() == WL_CONNECTED;
    if (up && !policy_.connected()) {
        policy_.onConnected(nowMs);
        attempting_ = false;
        Serial.printf("wifi: connected, ip %s\n", WiFi.localIP().toString().c_str());
    } else if (!up && policy_.connected()) {
        policy_.onDisconnected(nowMs);
        Serial.println("wifi: lost");
        startAttempt(nowMs);
    } else if (!up && attempting_ && nowMs - attemptStartMs_ >= kWifiAttemptMs) {
        policy_.onAttemptFailed(nowMs);
        WiFi.disconnect();
        startAttempt(nowMs);
    }
    policy_.update(nowMs);
    if (policy_.accessPointOpen() && !apRunning_) WiFi.mode(WIFI_AP_STA);
    applyAccessPoint();
    if (apRunning_) dns.processNextRequest();
    serviceMqtt(nowMs);
}

void Connectivity::serviceMqtt(std::uint32_t nowMs) {
    if (!policy_.connected()) return;
    if (mqtt.connected()) {
        mqtt.loop();
        return;
    }
    if (mqttTried_ && nowMs - lastMqttTryMs_ < kMqttRetryMs) return;
    mqttTried_ = true;
    lastMqttTryMs_ = nowMs;
    const std::string clientId = config_.deviceId.empty() ? std::string("btr-legacy") : config_.deviceId;
    if (mqtt.connect(clientId.c_str())) {
        mqtt.subscribe(topics_.statue.c_str(), 1);
        Serial.printf("mqtt: connected to %s:%u, publishing on %s\n", config_.mqttHost.c_str(), config_.mqttPort,
                      topics_.sensor.c_str());
    }
}

bool Connectivity::publish(const std::string& payload) {
    if (!mqtt.connected()) return false;
    return mqtt.publish(topics_.sensor.c_str(), reinterpret_cast<const uint8_t*>(payload.data()),
                        static_cast<unsigned int>(payload.size()), false);
}

bool Connectivity::mqttConnected() { return mqtt.connected(); }

std::string Connectivity::ipAddress() const {
    if (policy_.connected()) return WiFi.localIP().toString().c_str();
    if (apRunning_) return WiFi.softAPIP().toString().c_str();
    return std::string();
}

}  // namespace fw
