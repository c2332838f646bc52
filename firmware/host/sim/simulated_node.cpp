#include "simulated_node.h"

#include "synthetic_node.h"

namespace btr::sim {

std::string buttonTopicFor(const std::string& deviceId) {
    return deviceId.empty() ? std::string("button") : "btr/" + deviceId + "/button";
}

SimulatedNode::SimulatedNode(unsigned index, std::string deviceId, std::shared_ptr<const std::vector<float>> trace,
                             std::size_t traceOffset)
    : index_(index),
      core_(std::move(deviceId), Thresholds::defaults()),
      topics_(topicsForDevice(core_.deviceId())),
      buttonTopic_(buttonTopicFor(core_.deviceId())),
      label_(core_.deviceId().empty() ? std::string("legacy") : core_.deviceId()),
      trace_(std::move(trace)),
      cursor_(trace_->empty() ? 0 : traceOffset % trace_->size()) {}

NodeTick SimulatedNode::nextTick(std::uint32_t timestampMs) {
    const float cell = trace_->empty() ? 25.0f : (*trace_)[cursor_];
    if (!trace_->empty()) cursor_ = (cursor_ + 1) % trace_->size();
    return core_.onSample(sampleFromCellTemperature(cell, timestampMs, tick_++, index_));
}

bool SimulatedNode::onStatueMessage(const char* payload, std::size_t length) {
    return core_.onStatueMessage(payload, length);
}

ButtonEffect SimulatedNode::pressButton() { return core_.onButtonPress(); }

std::string SimulatedNode::stateLine() const {
    return "[" + label_ + "] status=" + statusName(core_.effectiveStatus()) +
           " override=" + overrideStateName(core_.overrideState()) + " local=" + statusName(core_.localStatus());
}

bool SimulatedNode::takeStateChange(std::string& line) {
    const std::string now = stateLine();
    if (now == lastReported_) return false;
    lastReported_ = now;
    line = now;
    return true;
}

}  // namespace btr::sim
