#include "synthetic_node.h"

#include <algorithm>
#include <cmath>

namespace btr::sim {

SensorSample sampleFromCellTemperature(float cellCelsius, std::uint32_t timestampMs, unsigned tick, unsigned nodeIndex) {
    SensorSample s;
    s.timestampMs = timestampMs;
    // Small periodic wobble so the curves do not look frozen; differs per node.
    const float wobble = 0.2f * std::sin(0.05f * static_cast<float>(tick) + static_cast<float>(nodeIndex));
    // Off-gassing starts well above normal operating temperatures.
    const float excess = std::max(0.0f, cellCelsius - 60.0f);

    s.set(Channel::TempInternal, cellCelsius);
    s.set(Channel::TempAmbient, 25.0f + wobble + std::min(excess * 0.2f, 60.0f));
    s.set(Channel::Humidity, 45.0f + wobble);
    s.set(Channel::Mq2, 15.0f + wobble + excess * 3.0f);
    s.set(Channel::Mq4, 12.0f + wobble + excess * 2.0f);
    s.set(Channel::Mq8, 8.0f + wobble + excess * 5.0f);
    s.set(Channel::Mq7, 22.0f + wobble + excess * 8.0f);
    // Sensirion VOC index: 100 is typical air; electrolyte vapour drives it up
    // to the algorithm's ceiling of 500.
    s.set(Channel::VocIndex, std::min(500.0f, 100.0f + wobble * 10.0f + excess * 2.0f));
    s.set(Channel::Max30105Smoke, std::round(120.0f + excess * 20.0f));
    s.set(Channel::Max30105Temp, 25.0f + wobble + std::min(excess * 0.3f, 55.0f));
    return s;
}

}  // namespace btr::sim
