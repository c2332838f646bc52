#include "status_rule.h"

#include <cmath>

namespace btr {

const char* statusName(NodeStatus status) {
    switch (status) {
        case NodeStatus::Normal: return "NORMAL";
        case NodeStatus::Warning: return "WARNING";
        case NodeStatus::Danger: return "DANGER";
    }
    return "NORMAL";
}

bool isBeyondThreshold(float value, float threshold) {
    if (std::isnan(value) || std::isnan(threshold)) return false;
    // Strictly above: a reading equal to the threshold is still acceptable.
    return value > threshold;
}

unsigned countChannelsBeyond(const SensorSample& sample, const Thresholds& thresholds) {
    unsigned count = 0;
    for (std::size_t i = 0; i < kChannelCount; ++i) {
        const Channel channel = channelInfoAt(i).channel;
        if (isBeyondThreshold(sample.get(channel), thresholds.get(channel))) ++count;
    }
    return count;
}

NodeStatus statusFromCount(unsigned channelsBeyond) {
    if (channelsBeyond == 0) return NodeStatus::Normal;
    if (channelsBeyond <= 2) return NodeStatus::Warning;
    return NodeStatus::Danger;
}

}  // namespace btr
