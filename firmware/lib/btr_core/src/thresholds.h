// Alarm thresholds of the ten channels and their SPIFFS file.
//
// The file is a flat JSON object with the payload's channel keys, e.g.
// {"temp_ambient_c":50.0,"temp_internal_c":50.0,...}. It is edited by hand
// and from the web page and may be cut short by a power loss while written,
// so each entry is taken on its own: a missing, garbled, non-finite or
// implausible entry falls back to its default and the others still count.
#pragma once

#include <cstdint>
#include <string>

#include "channels.h"

namespace btr {

struct Thresholds {
    float values[kChannelCount];

    static Thresholds defaults();

    float get(Channel c) const { return values[indexOf(c)]; }
    void set(Channel c, float v) { values[indexOf(c)] = v; }
};

// True when value is a usable threshold for the channel (finite, in range).
bool isPlausibleThreshold(Channel channel, double value);

struct ThresholdLoad {
    Thresholds thresholds;
    // Bit i set: channel i was missing or bad and holds its fallback value.
    std::uint32_t defaultedMask = 0;

    bool usedDefault(Channel c) const { return (defaultedMask >> indexOf(c)) & 1u; }
    bool allFromFile() const { return defaultedMask == 0; }
};

// Entries missing or bad take their value from `fallback`: the defaults when
// loading the file, the current thresholds when the web page posts an edit.
ThresholdLoad parseThresholds(const char* text, std::size_t length, const Thresholds& fallback);
inline ThresholdLoad parseThresholds(const char* text, std::size_t length) {
    return parseThresholds(text, length, Thresholds::defaults());
}
inline ThresholdLoad parseThresholds(const std::string& text) { return parseThresholds(text.data(), text.size()); }

std::string serializeThresholds(const Thresholds& thresholds);

// Writes the "thresholds" object body into a writer-built document.
class JsonWriter;
void writeThresholds(JsonWriter& writer, const Thresholds& thresholds);

}  // namespace btr
