#include "voc_index.h"

#include <algorithm>
#include <cmath>

#include "sample_history.h"

namespace btr {

namespace {

std::uint32_t intervalMsOf(GasIndexAlgorithm& algorithm) {
    const float seconds = algorithm.samplingIntervalSeconds();
    return std::isfinite(seconds) && seconds > 0.0f ? static_cast<std::uint32_t>(std::lround(seconds * 1000.0f)) : 1000u;
}

// Signed difference, correct across the 49-day wrap of millis().
std::int32_t msAfter(std::uint32_t nowMs, std::uint32_t thenMs) { return static_cast<std::int32_t>(nowMs - thenMs); }

}  // namespace

VocIndexChannel::VocIndexChannel(GasIndexAlgorithm& algorithm)
    : algorithm_(algorithm), intervalMs_(intervalMsOf(algorithm)), index_(NAN) {}

float VocIndexChannel::update(std::uint32_t nowMs, VocRawSensor& sensor) {
    const std::int32_t interval = static_cast<std::int32_t>(intervalMs_);
    // A tick a little early still counts as on time: the 2 Hz loop jitters by
    // a few milliseconds, and waiting for the next tick would stretch this
    // interval by a whole tick. Half a tick of slack; the grid keeps the
    // average interval exact.
    if (started_ && msAfter(nowMs, nextDueMs_) < -static_cast<std::int32_t>(kSamplePeriodMs / 2)) return index_;
    // Keep to the grid; after a stall of more than an interval, restart it
    // from now instead of reading several times in a row to catch up.
    const bool onGrid = started_ && msAfter(nowMs, nextDueMs_) < interval;
    nextDueMs_ = (onGrid ? nextDueMs_ : nowMs) + intervalMs_;
    started_ = true;

    std::uint16_t sraw = 0;
    bool ok;
    if (conditioningLeft_ > 0) {
        --conditioningLeft_;  // time passes whether or not the sensor answered
        ok = sensor.executeConditioning(sraw);
    } else {
        ok = sensor.measureRawSignals(sraw);
    }
    if (!ok) {
        index_ = NAN;  // a failed read is missing, not the last value
        return index_;
    }
    const std::int32_t index = algorithm_.process(sraw);
    index_ = index > 0 ? static_cast<float>(index) : NAN;  // 0: still in the blackout
    return index_;
}

Sgp41Compensation sgp41Compensation(float relativeHumidityPercent, float temperatureCelsius) {
    const float rh = std::isnan(relativeHumidityPercent) ? 50.0f : std::clamp(relativeHumidityPercent, 0.0f, 100.0f);
    const float t = std::isnan(temperatureCelsius) ? 25.0f : std::clamp(temperatureCelsius, -45.0f, 130.0f);
    return {static_cast<std::uint16_t>(std::lround(rh * 65535.0f / 100.0f)),
            static_cast<std::uint16_t>(std::lround((t + 45.0f) * 65535.0f / 175.0f))};
}

}  // namespace btr
