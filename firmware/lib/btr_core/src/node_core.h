// The node's behaviour without its hardware: keeps the 10 s history, applies
// the status rule and the cloud override, and produces the payload. The
// ESP32 firmware and the host simulator both drive this one class, so the
// simulator behaves exactly as the device does.
#pragma once

#include <cstddef>
#include <string>

#include "auto_threshold.h"
#include "cloud_override.h"
#include "sample_history.h"
#include "status_rule.h"
#include "thresholds.h"

namespace btr {

struct NodeTick {
    NodeStatus local;         // the rule on this sample alone
    NodeStatus effective;     // after the cloud override: shown and reported
    unsigned channelsBeyond;
    std::string payload;      // JSON for the sensor topic
};

class NodeCore {
public:
    NodeCore(std::string deviceId, const Thresholds& thresholds);

    // One 2 Hz sample in, the payload to publish out.
    NodeTick onSample(const SensorSample& sample);

    // A message on the statue topic; false when ignored.
    bool onStatueMessage(const char* payload, std::size_t length);
    ButtonEffect onButtonPress();

    void setThresholds(const Thresholds& thresholds) { thresholds_ = thresholds; }
    const Thresholds& thresholds() const { return thresholds_; }
    // Replaces the thresholds by auto-thresholds of the current history.
    AutoThresholdResult applyAutoThresholds(const AutoThresholdOptions& options);

    const std::string& deviceId() const { return deviceId_; }
    const SampleHistory& history() const { return history_; }
    OverrideState overrideState() const { return override_.state(); }
    NodeStatus localStatus() const { return lastLocal_; }
    // Changes at once on a statue message, not only at the next sample.
    NodeStatus effectiveStatus() const { return override_.effectiveStatus(lastLocal_); }

private:
    std::string deviceId_;
    Thresholds thresholds_;
    SampleHistory history_;
    CloudOverride override_;
    NodeStatus lastLocal_ = NodeStatus::Normal;
};

}  // namespace btr
