#include "node_core.h"

#include "sensor_payload.h"

namespace btr {

NodeCore::NodeCore(std::string deviceId, const Thresholds& thresholds)
    : deviceId_(std::move(deviceId)), thresholds_(thresholds) {}

NodeTick NodeCore::onSample(const SensorSample& sample) {
    history_.push(sample);
    NodeTick tick;
    tick.channelsBeyond = countChannelsBeyond(sample, thresholds_);
    tick.local = statusFromCount(tick.channelsBeyond);
    lastLocal_ = tick.local;
    tick.effective = override_.effectiveStatus(tick.local);
    tick.payload = buildSensorPayload(sample, thresholds_, tick.effective, deviceId_.c_str());
    return tick;
}

bool NodeCore::onStatueMessage(const char* payload, std::size_t length) {
    return override_.applyPayload(payload, length);
}

ButtonEffect NodeCore::onButtonPress() { return override_.pressButton(); }

AutoThresholdResult NodeCore::applyAutoThresholds(const AutoThresholdOptions& options) {
    AutoThresholdResult result = computeAutoThresholds(history_, thresholds_, options);
    thresholds_ = result.thresholds;
    return result;
}

}  // namespace btr
