// The node's own verdict (SPEC §9): count the channels above their threshold
// (every threshold is an upper bound, VOC included) and map 0 -> NORMAL,
// 1..2 -> WARNING, more than 2 -> DANGER.
#pragma once

#include "sensor_sample.h"
#include "thresholds.h"

namespace btr {

enum class NodeStatus { Normal = 0, Warning = 1, Danger = 2 };

const char* statusName(NodeStatus status);  // "NORMAL", "WARNING", "DANGER"

// A missing reading (NaN) never counts: a dead sensor must not raise an alarm
// by itself, and it is visible as null in the payload.
bool isBeyondThreshold(float value, float threshold);

unsigned countChannelsBeyond(const SensorSample& sample, const Thresholds& thresholds);

NodeStatus statusFromCount(unsigned channelsBeyond);

inline NodeStatus evaluateStatus(const SensorSample& sample, const Thresholds& thresholds) {
    return statusFromCount(countChannelsBeyond(sample, thresholds));
}

inline NodeStatus moreSevere(NodeStatus a, NodeStatus b) { return static_cast<int>(a) >= static_cast<int>(b) ? a : b; }

}  // namespace btr
