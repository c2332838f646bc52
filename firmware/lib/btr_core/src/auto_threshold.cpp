#include "auto_threshold.h"

#include <cmath>
#include <cstring>

namespace btr {

AutoThresholdResult computeAutoThresholds(const SampleHistory& history, const Thresholds& current,
                                          const AutoThresholdOptions& options) {
    AutoThresholdResult result;
    result.thresholds = current;
    const float fraction =
        (std::isfinite(options.marginFraction) && options.marginFraction > 0.0f) ? options.marginFraction : 0.0f;

    for (std::size_t i = 0; i < kChannelCount; ++i) {
        const ChannelInfo& info = channelInfoAt(i);
        float level = 0.0f;
        const bool found = options.mode == AutoThresholdMode::Mean ? history.mean(info.channel, level)
                                                                    : history.max(info.channel, level);
        if (!found) continue;

        float margin = std::fabs(level) * fraction;
        if (margin < info.minAutoMargin) margin = info.minAutoMargin;
        float threshold = level + margin;
        if (threshold < info.minThreshold) threshold = info.minThreshold;
        if (threshold > info.maxThreshold) threshold = info.maxThreshold;
        if (info.integral) threshold = std::round(threshold);

        result.thresholds.set(info.channel, threshold);
        result.changedMask |= 1u << i;
    }
    return result;
}

bool parseAutoThresholdMode(const char* text, AutoThresholdMode& out) {
    if (text == nullptr) return false;
    if (std::strcmp(text, "mean") == 0) {
        out = AutoThresholdMode::Mean;
        return true;
    }
    if (std::strcmp(text, "max") == 0) {
        out = AutoThresholdMode::Max;
        return true;
    }
    return false;
}

}  // namespace btr
