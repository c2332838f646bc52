// Sensirion's Gas Index Algorithm (their library, lib_deps in platformio.ini)
// behind the core's GasIndexAlgorithm interface. Header-only and free of
// Arduino headers, so the host build can compile it against a local copy of
// the library (see README.md, "Sensirion's Gas Index Algorithm").
#pragma once

#include <VOCGasIndexAlgorithm.h>

#include "voc_index.h"

namespace fw {

class SensirionVocAlgorithm final : public btr::GasIndexAlgorithm {
public:
    float samplingIntervalSeconds() override { return algorithm_.get_sampling_interval(); }
    std::int32_t process(std::int32_t srawVoc) override { return algorithm_.process(srawVoc); }

private:
    VOCGasIndexAlgorithm algorithm_;  // the algorithm's default: 1 s sampling interval
};

}  // namespace fw
