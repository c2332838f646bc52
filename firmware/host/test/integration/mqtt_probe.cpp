#include "mqtt_probe.h"

#include <thread>

namespace btr::it {

MqttProbe::MqttProbe() {
    mosquitto_lib_init();
    mosq_ = mosquitto_new(nullptr, true, this);
    mosquitto_connect_callback_set(mosq_, onConnect);
    mosquitto_subscribe_callback_set(mosq_, onSubscribe);
    mosquitto_message_callback_set(mosq_, onMessage);
}

MqttProbe::~MqttProbe() {
    mosquitto_disconnect(mosq_);
    mosquitto_loop_stop(mosq_, true);
    mosquitto_destroy(mosq_);
    mosquitto_lib_cleanup();
}

void MqttProbe::onConnect(mosquitto*, void* self, int rc) {
    auto* probe = static_cast<MqttProbe*>(self);
    std::lock_guard<std::mutex> lock(probe->mutex_);
    probe->connected_ = rc == 0;
}

void MqttProbe::onSubscribe(mosquitto*, void* self, int, int, const int*) {
    auto* probe = static_cast<MqttProbe*>(self);
    std::lock_guard<std::mutex> lock(probe->mutex_);
    ++probe->subacks_;
}

void MqttProbe::onMessage(mosquitto*, void* self, const mosquitto_message* message) {
    auto* probe = static_cast<MqttProbe*>(self);
    ReceivedMessage m{message->topic,
                      std::string(static_cast<const char*>(message->payload),
                                  message->payloadlen > 0 ? static_cast<std::size_t>(message->payloadlen) : 0),
                      std::chrono::steady_clock::now()};
    std::lock_guard<std::mutex> lock(probe->mutex_);
    probe->received_.push_back(std::move(m));
}

bool MqttProbe::connect(int port, const std::vector<std::string>& subscriptions, int timeoutMs) {
    if (mosquitto_connect(mosq_, "127.0.0.1", port, 30) != MOSQ_ERR_SUCCESS) return false;
    if (mosquitto_loop_start(mosq_) != MOSQ_ERR_SUCCESS) return false;
    for (int waited = 0;; waited += 20) {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (connected_) break;
        }
        if (waited >= timeoutMs) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    for (const std::string& topic : subscriptions) {
        if (mosquitto_subscribe(mosq_, nullptr, topic.c_str(), 1) != MOSQ_ERR_SUCCESS) return false;
    }
    for (int waited = 0;; waited += 20) {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (subacks_ >= static_cast<int>(subscriptions.size())) return true;
        }
        if (waited >= timeoutMs) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

bool MqttProbe::publish(const std::string& topic, const std::string& payload) {
    return mosquitto_publish(mosq_, nullptr, topic.c_str(), static_cast<int>(payload.size()), payload.data(), 1,
                             false) == MOSQ_ERR_SUCCESS;
}

std::vector<ReceivedMessage> MqttProbe::messages(const std::string& topic) const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<ReceivedMessage> out;
    for (const ReceivedMessage& m : received_) {
        if (m.topic == topic) out.push_back(m);
    }
    return out;
}

std::vector<ReceivedMessage> MqttProbe::all() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return received_;
}

bool MqttProbe::waitFor(const std::string& topic,
                        const std::function<bool(const std::vector<ReceivedMessage>&)>& pred, int timeoutMs) const {
    for (int waited = 0; waited <= timeoutMs; waited += 20) {
        if (pred(messages(topic))) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

}  // namespace btr::it
