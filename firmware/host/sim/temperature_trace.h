// Cell temperature traces for the simulator, always at the device rate
// (2 Hz): a recorded Time,Temperature CSV resampled by linear interpolation,
// or a synthetic trace that needs no data files (used by the tests).
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace btr::sim {

constexpr double kTraceStepSeconds = 0.5;

struct TraceLoad {
    std::vector<float> celsius;  // one value per 0.5 s
    std::size_t rowsRead = 0;
    std::size_t rowsSkipped = 0;  // header, blank or unparsable lines
    std::string error;            // non-empty when no usable trace came out
};

// Rows need not be evenly spaced nor quite in order (the recordings have
// bursts at 0.1 ms, gaps of 60 s and one small overlap): rows are sorted by
// time, duplicates keep the last value, and the trace is interpolated on a
// 0.5 s grid from the first to the last time.
TraceLoad resampleCsvTrace(std::istream& csv);
TraceLoad loadCsvTrace(const std::string& path);

struct SyntheticTraceOptions {
    double seconds = 3600.0;
    double baseCelsius = 30.0;
    double runawayAtSeconds = -1.0;  // < 0: a normal cell that never runs away
    unsigned seed = 1;               // different nodes get different noise
};

// A resting cell with slow drift and sensor noise; with runawayAtSeconds the
// temperature then climbs exponentially towards ~700 degC like the abuse
// recordings.
std::vector<float> syntheticTrace(const SyntheticTraceOptions& options);

}  // namespace btr::sim
