// Auto-thresholds from the last 10 s (web page button): each channel's
// threshold becomes its recent level plus a margin, so the node alarms on a
// departure from the conditions it was set up in.
//
//   threshold = (mean or max) + margin    (every channel is an upper bound)
//   margin = max(|level| * marginFraction, the channel's minimum margin)
//
// Channels without readings in the window keep their current threshold; the
// result is clamped to the channel's plausible threshold range.
#pragma once

#include <cstdint>

#include "sample_history.h"
#include "thresholds.h"

namespace btr {

enum class AutoThresholdMode { Mean, Max };

struct AutoThresholdOptions {
    AutoThresholdMode mode = AutoThresholdMode::Max;
    float marginFraction = 0.2f;
};

struct AutoThresholdResult {
    Thresholds thresholds;
    std::uint32_t changedMask = 0;  // bit i set: channel i got a new threshold

    bool changed(Channel c) const { return (changedMask >> indexOf(c)) & 1u; }
};

AutoThresholdResult computeAutoThresholds(const SampleHistory& history, const Thresholds& current,
                                          const AutoThresholdOptions& options);

// "mean" / "max" (case-sensitive, as sent by the web page); false otherwise.
bool parseAutoThresholdMode(const char* text, AutoThresholdMode& out);

}  // namespace btr
