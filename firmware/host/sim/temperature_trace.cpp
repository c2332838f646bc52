#include "temperature_trace.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <utility>

namespace btr::sim {

namespace {

bool parseRow(const std::string& line, double& time, double& value) {
    const char* begin = line.c_str();
    char* end = nullptr;
    time = std::strtod(begin, &end);
    if (end == begin || *end != ',') return false;
    const char* second = end + 1;
    value = std::strtod(second, &end);
    if (end == second) return false;
    while (*end == ' ' || *end == '\r' || *end == '\t') ++end;
    return *end == '\0' && std::isfinite(time) && std::isfinite(value);
}

// Small deterministic generator: the simulator's runs must be repeatable.
struct Lcg {
    std::uint32_t state;
    double next() {
        state = state * 1664525u + 1013904223u;
        return static_cast<double>(state >> 8) / static_cast<double>(1u << 24);
    }
};

}  // namespace

TraceLoad resampleCsvTrace(std::istream& csv) {
    TraceLoad load;
    std::vector<std::pair<double, double>> rows;
    std::string line;
    while (std::getline(csv, line)) {
        double t = 0, v = 0;
        if (parseRow(line, t, v)) {
            rows.emplace_back(t, v);
            ++load.rowsRead;
        } else {
            ++load.rowsSkipped;
        }
    }
    if (rows.size() < 2) {
        load.error = "need at least two Time,Temperature rows";
        return load;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const std::pair<double, double>& a, const std::pair<double, double>& b) { return a.first < b.first; });
    const double start = rows.front().first;
    const double stop = rows.back().first;
    if (stop <= start) {
        load.error = "all rows have the same time";
        return load;
    }
    std::size_t i = 0;  // rows[i].first <= t < rows[i+1].first
    const std::size_t steps = static_cast<std::size_t>((stop - start) / kTraceStepSeconds + 1e-9) + 1;
    load.celsius.reserve(steps);
    for (std::size_t k = 0; k < steps; ++k) {
        const double t = start + static_cast<double>(k) * kTraceStepSeconds;  // no accumulated rounding
        while (i + 2 < rows.size() && rows[i + 1].first <= t) ++i;
        const auto& a = rows[i];
        const auto& b = rows[i + 1];
        const double span = b.first - a.first;
        const double f = span > 0 ? std::clamp((t - a.first) / span, 0.0, 1.0) : 1.0;
        load.celsius.push_back(static_cast<float>(a.second + (b.second - a.second) * f));
    }
    return load;
}

TraceLoad loadCsvTrace(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        TraceLoad load;
        load.error = "cannot open " + path;
        return load;
    }
    return resampleCsvTrace(in);
}

std::vector<float> syntheticTrace(const SyntheticTraceOptions& options) {
    const std::size_t steps = static_cast<std::size_t>(std::max(1.0, options.seconds / kTraceStepSeconds));
    std::vector<float> trace;
    trace.reserve(steps);
    Lcg noise{options.seed * 2654435761u + 1u};
    const double phase = noise.next() * 6.283;
    for (std::size_t k = 0; k < steps; ++k) {
        const double t = static_cast<double>(k) * kTraceStepSeconds;
        double c = options.baseCelsius + 0.4 * std::sin(t / 60.0 + phase) + (noise.next() - 0.5) * 0.1;
        if (options.runawayAtSeconds >= 0 && t >= options.runawayAtSeconds) {
            // ~doubling every 8 s, capped where the recordings level off.
            const double rise = std::exp((t - options.runawayAtSeconds) / 8.0) - 1.0;
            c = std::min(options.baseCelsius + rise, 700.0);
        }
        trace.push_back(static_cast<float>(c));
    }
    return trace;
}

}  // namespace btr::sim
