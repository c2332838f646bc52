// The ten measured channels of a node, in the order of the SPEC §9 payload.
// One table holds each channel's JSON key, default threshold and plausible
// threshold range, so parsing, the status rule and auto-thresholds cannot
// disagree about a channel. Every threshold is an upper bound (SPEC §9): a
// channel alarms when its value rises above it -- VOC included, since the
// SGP41 VOC index is 100 for typical air and rises with VOCs.
#pragma once

#include <cstddef>

namespace btr {

enum class Channel : unsigned {
    TempAmbient = 0,
    TempInternal,
    Humidity,
    Mq2,
    Mq4,
    Mq8,
    Mq7,
    VocIndex,
    Max30105Smoke,
    Max30105Temp,
};

constexpr std::size_t kChannelCount = 10;

struct ChannelInfo {
    Channel channel;
    const char* key;          // JSON key in payload and threshold file
    float defaultThreshold;   // SPEC §9 example thresholds
    float minThreshold;       // a threshold outside [min, max] is a typo or garbage
    float maxThreshold;
    bool integral;            // written without decimals (raw sensor counts)
    float minAutoMargin;      // smallest margin auto-thresholds leave (near-zero baselines)
};

const ChannelInfo& channelInfo(Channel channel);
const ChannelInfo& channelInfoAt(std::size_t index);

inline std::size_t indexOf(Channel channel) { return static_cast<std::size_t>(channel); }

// Returns the channel for a JSON key, or false when the key is unknown.
bool channelFromKey(const char* key, std::size_t keyLength, Channel& out);

}  // namespace btr
