#include "sample_history.h"

namespace btr {

void SampleHistory::push(const SensorSample& sample) {
    samples_[next_] = sample;
    next_ = (next_ + 1) % kHistoryCapacity;
    if (count_ < kHistoryCapacity) ++count_;
}

const SensorSample& SampleHistory::at(std::size_t i) const {
    const std::size_t oldest = (next_ + kHistoryCapacity - count_) % kHistoryCapacity;
    return samples_[(oldest + i) % kHistoryCapacity];
}

bool SampleHistory::mean(Channel channel, float& out) const {
    double sum = 0.0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < count_; ++i) {
        if (!at(i).has(channel)) continue;
        sum += at(i).get(channel);
        ++n;
    }
    if (n == 0) return false;
    out = static_cast<float>(sum / static_cast<double>(n));
    return true;
}

bool SampleHistory::max(Channel channel, float& out) const {
    bool found = false;
    for (std::size_t i = 0; i < count_; ++i) {
        if (!at(i).has(channel)) continue;
        const float v = at(i).get(channel);
        if (!found || v > out) out = v;
        found = true;
    }
    return found;
}

}  // namespace btr
