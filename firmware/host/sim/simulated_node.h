// One simulated node: the device's NodeCore fed from a temperature trace.
// MQTT is not in here (see mqtt_fleet.h) so this part is unit-tested.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "mqtt_topics.h"
#include "node_core.h"

namespace btr::sim {

// Where a node takes its button presses from over MQTT (the simulator's
// stand-in for the physical button): btr/<id>/button, legacy "button".
std::string buttonTopicFor(const std::string& deviceId);

class SimulatedNode {
public:
    SimulatedNode(unsigned index, std::string deviceId, std::shared_ptr<const std::vector<float>> trace,
                  std::size_t traceOffset);

    // Next 2 Hz sample from the trace (looping at its end) through the core.
    NodeTick nextTick(std::uint32_t timestampMs);

    bool onStatueMessage(const char* payload, std::size_t length);
    ButtonEffect pressButton();

    // A line for the log when the shown state changed since the last call.
    bool takeStateChange(std::string& line);
    std::string stateLine() const;

    const std::string& deviceId() const { return core_.deviceId(); }
    const std::string& label() const { return label_; }
    const MqttTopics& topics() const { return topics_; }
    const std::string& buttonTopic() const { return buttonTopic_; }
    const NodeCore& core() const { return core_; }

private:
    unsigned index_;
    NodeCore core_;
    MqttTopics topics_;
    std::string buttonTopic_;
    std::string label_;
    std::shared_ptr<const std::vector<float>> trace_;
    std::size_t cursor_;
    unsigned tick_ = 0;
    std::string lastReported_;
};

}  // namespace btr::sim
