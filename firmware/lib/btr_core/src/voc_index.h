// The SGP41's VOC index through Sensirion's Gas Index Algorithm.
//
// The algorithm (Sensirion's library, a pinned lib_deps of the PlatformIO
// build) turns the SGP41's raw SRAW_VOC ticks into the VOC index: 1..500,
// 100 = the average air of the past hours, higher = more VOCs. It has two
// demands that this class keeps, so the board code cannot get them wrong:
//   - it must be fed at its fixed sampling interval (1 s by default), while the
//     node ticks at 2 Hz: the sensor is read only on the ticks that are due,
//     on a fixed grid (no catch-up bursts after a stalled loop);
//   - it answers 0 during its initial blackout (45 s) while it learns.
// The index published with every sample is NaN (JSON null) during the
// blackout and after a failed read -- never a made-up value -- and otherwise
// the algorithm's latest answer, held until the next reading.
#pragma once

#include <cstdint>

namespace btr {

// The part of Sensirion's VOCGasIndexAlgorithm the node uses. The firmware
// implements it over the library (src/sensirion_voc_algorithm.h); the host
// tests implement it with a double.
class GasIndexAlgorithm {
public:
    virtual ~GasIndexAlgorithm() = default;
    virtual float samplingIntervalSeconds() = 0;
    // One raw reading in, the VOC index out; 0 while the algorithm is in its
    // initial blackout.
    virtual std::int32_t process(std::int32_t srawVoc) = 0;
};

// The two SGP41 commands that give SRAW_VOC. Each returns false when the
// sensor did not answer (I2C error, CRC error).
class VocRawSensor {
public:
    virtual ~VocRawSensor() = default;
    // First seconds after power-up: conditions the NOx pixel, gives SRAW_VOC.
    virtual bool executeConditioning(std::uint16_t& srawVoc) = 0;
    virtual bool measureRawSignals(std::uint16_t& srawVoc) = 0;
};

class VocIndexChannel {
public:
    // SGP41 datasheet: 10 s of conditioning after power-up (at most 10 s).
    static constexpr unsigned kConditioningReadings = 10;

    explicit VocIndexChannel(GasIndexAlgorithm& algorithm);

    // Called on every node tick: reads the sensor and feeds the algorithm
    // when a sampling interval has passed; returns the index to publish.
    float update(std::uint32_t nowMs, VocRawSensor& sensor);

    float index() const { return index_; }

private:
    GasIndexAlgorithm& algorithm_;
    std::uint32_t intervalMs_;
    std::uint32_t nextDueMs_ = 0;
    bool started_ = false;
    unsigned conditioningLeft_ = kConditioningReadings;
    float index_;
};

// SGP41 humidity/temperature compensation words from the SHT4x reading.
// A missing reading (NaN) gives the sensor's defaults (50 %RH, 25 degC).
struct Sgp41Compensation {
    std::uint16_t relativeHumidityTicks;
    std::uint16_t temperatureTicks;
};
Sgp41Compensation sgp41Compensation(float relativeHumidityPercent, float temperatureCelsius);

}  // namespace btr
