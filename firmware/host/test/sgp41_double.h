// An SGP41 for the VOC wrapper's tests (unit tests and the optional tests
// over Sensirion's real algorithm): records when and how it was read.
#pragma once

#include <cstdint>
#include <vector>

#include "voc_index.h"

namespace btr::test {

enum class Command { Conditioning, Measurement };

// `raw` is what the next reading returns; `fails` makes it answer with an error.
class Sgp41Double : public VocRawSensor {
public:
    bool executeConditioning(std::uint16_t& srawVoc) override { return read(Command::Conditioning, srawVoc); }
    bool measureRawSignals(std::uint16_t& srawVoc) override { return read(Command::Measurement, srawVoc); }

    std::uint32_t clockMs = 0;
    std::uint16_t raw = 10000;
    bool fails = false;
    std::vector<std::uint32_t> readAtMs;
    std::vector<Command> commands;

private:
    bool read(Command command, std::uint16_t& srawVoc) {
        readAtMs.push_back(clockMs);
        commands.push_back(command);
        srawVoc = raw;
        return !fails;
    }
};

// Runs the 2 Hz node loop from `fromMs` for `seconds`; returns the indexes published.
inline std::vector<float> tickTwoHz(VocIndexChannel& channel, Sgp41Double& sensor, std::uint32_t fromMs, unsigned seconds) {
    std::vector<float> published;
    for (std::uint32_t k = 0; k < seconds * 2u; ++k) {
        const std::uint32_t t = fromMs + k * 500u;  // wraps like millis()
        sensor.clockMs = t;
        published.push_back(channel.update(t, sensor));
    }
    return published;
}

// `count` reading times `intervalMs` apart from `fromMs` (wrapping like millis()).
inline std::vector<std::uint32_t> readingsEvery(std::uint32_t intervalMs, std::uint32_t fromMs, std::size_t count) {
    std::vector<std::uint32_t> times;
    for (std::size_t i = 0; i < count; ++i) times.push_back(fromMs + static_cast<std::uint32_t>(i) * intervalMs);
    return times;
}

}  // namespace btr::test
