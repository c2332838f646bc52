// Helpers shared by the unit tests.
#pragma once

#include "sensor_sample.h"
#include "thresholds.h"

namespace btr::test {

// A calm lab bench: every channel comfortably below its default threshold
// (VOC index 100: Sensirion's typical air).
inline SensorSample calmSample(std::uint32_t timestampMs = 0) {
    SensorSample s;
    s.timestampMs = timestampMs;
    s.set(Channel::TempAmbient, 25.0f);
    s.set(Channel::TempInternal, 30.0f);
    s.set(Channel::Humidity, 45.0f);
    s.set(Channel::Mq2, 15.0f);
    s.set(Channel::Mq4, 12.0f);
    s.set(Channel::Mq8, 8.0f);
    s.set(Channel::Mq7, 22.0f);
    s.set(Channel::VocIndex, 100.0f);
    s.set(Channel::Max30105Smoke, 120.0f);
    s.set(Channel::Max30105Temp, 33.0f);
    return s;
}

// Pushes the given number of channels past their default threshold.
inline SensorSample sampleWithChannelsBeyond(unsigned count) {
    SensorSample s = calmSample();
    const Channel hot[] = {Channel::TempInternal, Channel::TempAmbient, Channel::Mq2, Channel::Mq7, Channel::Max30105Smoke};
    for (unsigned i = 0; i < count && i < 5; ++i) {
        s.set(hot[i], channelInfo(hot[i]).defaultThreshold * 2.0f);
    }
    return s;
}

}  // namespace btr::test
