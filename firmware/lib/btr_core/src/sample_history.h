// The last 10 s of samples (20 at 2 Hz), oldest first. Fixed storage: the
// device must not allocate in its sampling loop.
#pragma once

#include <cstddef>

#include "sensor_sample.h"

namespace btr {

constexpr unsigned kSampleRateHz = 2;
constexpr unsigned kSamplePeriodMs = 1000 / kSampleRateHz;
constexpr unsigned kHistorySeconds = 10;
constexpr std::size_t kHistoryCapacity = kSampleRateHz * kHistorySeconds;

class SampleHistory {
public:
    void push(const SensorSample& sample);
    void clear() { count_ = 0; next_ = 0; }

    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    bool full() const { return count_ == kHistoryCapacity; }

    // i = 0 is the oldest sample held, size() - 1 the newest.
    const SensorSample& at(std::size_t i) const;
    const SensorSample& newest() const { return at(count_ - 1); }

    // Statistics over the samples where the channel is present (not NaN).
    // Return false when no sample has the channel.
    bool mean(Channel channel, float& out) const;
    bool max(Channel channel, float& out) const;

private:
    SensorSample samples_[kHistoryCapacity];
    std::size_t count_ = 0;
    std::size_t next_ = 0;  // slot the next push overwrites
};

}  // namespace btr
