// One 2 Hz reading of all channels. A channel whose sensor failed holds NaN:
// it is sent as JSON null and never counts as beyond its threshold.
#pragma once

#include <cmath>
#include <cstdint>

#include "channels.h"

namespace btr {

struct SensorSample {
    std::uint32_t timestampMs = 0;  // device uptime (millis) when sampled
    float values[kChannelCount];

    SensorSample() {
        for (float& v : values) v = NAN;
    }

    float get(Channel c) const { return values[indexOf(c)]; }
    void set(Channel c, float v) { values[indexOf(c)] = v; }
    bool has(Channel c) const { return !std::isnan(get(c)); }
};

}  // namespace btr
