// The JSON the node publishes at 2 Hz (SPEC §9), plus `device_id` when the
// node has one (without it the payload is the legacy single-device form).
#pragma once

#include <string>

#include "sensor_sample.h"
#include "status_rule.h"
#include "thresholds.h"

namespace btr {

// deviceId may be empty or null: the field is then left out (legacy mode).
std::string buildSensorPayload(const SensorSample& sample, const Thresholds& thresholds, NodeStatus status,
                               const char* deviceId);

}  // namespace btr
