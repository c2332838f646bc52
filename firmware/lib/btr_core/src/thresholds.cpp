#include "thresholds.h"

#include <cmath>

#include "flat_json.h"

namespace btr {

Thresholds Thresholds::defaults() {
    Thresholds t;
    for (std::size_t i = 0; i < kChannelCount; ++i) t.values[i] = channelInfoAt(i).defaultThreshold;
    return t;
}

bool isPlausibleThreshold(Channel channel, double value) {
    const ChannelInfo& info = channelInfo(channel);
    return std::isfinite(value) && value >= info.minThreshold && value <= info.maxThreshold;
}

ThresholdLoad parseThresholds(const char* text, std::size_t length, const Thresholds& fallback) {
    ThresholdLoad load;
    load.thresholds = fallback;
    std::uint32_t taken = 0;

    FlatJsonReader reader(text, length);
    JsonMember member;
    while (reader.next(member)) {
        Channel channel;
        if (!channelFromKey(member.key.data(), member.key.size(), channel)) continue;  // unknown keys: newer file
        double value = 0.0;
        // A number written as a string ("55.5") is what a form post produces; accept it.
        const bool numeric = (member.kind == JsonKind::Scalar || member.kind == JsonKind::String) &&
                             parseJsonNumber(member.text, value);
        const std::uint32_t bit = 1u << indexOf(channel);
        if (numeric && isPlausibleThreshold(channel, value)) {
            load.thresholds.set(channel, static_cast<float>(value));
            taken |= bit;
        }
        // Otherwise the fallback stays; a later duplicate key may still supply a value.
    }
    const std::uint32_t all = (1u << kChannelCount) - 1u;
    load.defaultedMask = all & ~taken;
    return load;
}

void writeThresholds(JsonWriter& writer, const Thresholds& thresholds) {
    writer.beginObject();
    for (std::size_t i = 0; i < kChannelCount; ++i) {
        const ChannelInfo& info = channelInfoAt(i);
        writer.key(info.key);
        if (!std::isfinite(thresholds.values[i])) {
            writer.nullValue();
        } else if (info.integral) {
            writer.integerValue(std::llround(thresholds.values[i]));
        } else {
            writer.numberValue(thresholds.values[i], 2);
        }
    }
    writer.endObject();
}

std::string serializeThresholds(const Thresholds& thresholds) {
    std::string out;
    JsonWriter writer(out);
    writeThresholds(writer, thresholds);
    out += '\n';
    return out;
}

}  // namespace btr
