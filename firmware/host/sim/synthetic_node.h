// Turns a cell temperature into a full node sample. Only the cell temperature
// comes from a trace; the other channels are modelled around it so that a
// runaway in the trace moves the gas, smoke and VOC channels too, as the
// off-gassing of a real cell would, and the node's own rule sees it.
#pragma once

#include <cstdint>

#include "sensor_sample.h"

namespace btr::sim {

SensorSample sampleFromCellTemperature(float cellCelsius, std::uint32_t timestampMs, unsigned tick, unsigned nodeIndex);

}  // namespace btr::sim
