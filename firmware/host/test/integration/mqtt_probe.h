// The test's own MQTT client (libmosquitto, its own network thread): records
// every message on the subscribed topics with its arrival time, and publishes
// commands the way the server would.
#pragma once

#include <mosquitto.h>

#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace btr::it {

struct ReceivedMessage {
    std::string topic;
    std::string payload;
    std::chrono::steady_clock::time_point arrivedAt;
};

class MqttProbe {
public:
    MqttProbe();
    ~MqttProbe();
    MqttProbe(const MqttProbe&) = delete;
    MqttProbe& operator=(const MqttProbe&) = delete;

    // Connects to 127.0.0.1:port, subscribes and waits for the SUBACKs.
    bool connect(int port, const std::vector<std::string>& subscriptions, int timeoutMs);
    bool publish(const std::string& topic, const std::string& payload);

    std::vector<ReceivedMessage> messages(const std::string& topic) const;
    std::vector<ReceivedMessage> all() const;
    // Polls every 20 ms until pred(messages on topic) holds or timeoutMs passes.
    bool waitFor(const std::string& topic, const std::function<bool(const std::vector<ReceivedMessage>&)>& pred,
                 int timeoutMs) const;

private:
    static void onConnect(mosquitto*, void* self, int rc);
    static void onSubscribe(mosquitto*, void* self, int mid, int count, const int* granted);
    static void onMessage(mosquitto*, void* self, const mosquitto_message* message);

    mosquitto* mosq_ = nullptr;
    mutable std::mutex mutex_;
    std::vector<ReceivedMessage> received_;
    bool connected_ = false;
    int subacks_ = 0;
};

}  // namespace btr::it
