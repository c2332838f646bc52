#include "channels.h"

#include <cstring>

namespace btr {

namespace {

// Ranges are generous physical limits of the sensors; they only reject values
// that cannot be meant (negative ppm, 5000 % humidity, NaN).
const ChannelInfo kChannels[kChannelCount] = {
    {Channel::TempAmbient, "temp_ambient_c", Bound::Upper, 50.0f, -40.0f, 125.0f, false, 2.0f},
    {Channel::TempInternal, "temp_internal_c", Bound::Upper, 50.0f, -40.0f, 850.0f, false, 2.0f},
    {Channel::Humidity, "humidity_percent", Bound::Upper, 80.0f, 0.0f, 100.0f, false, 5.0f},
    {Channel::Mq2, "mq2_ppm", Bound::Upper, 200.0f, 0.0f, 10000.0f, false, 10.0f},
    {Channel::Mq4, "mq4_ppm", Bound::Upper, 250.0f, 0.0f, 10000.0f, false, 10.0f},
    {Channel::Mq8, "mq8_ppm", Bound::Upper, 450.0f, 0.0f, 10000.0f, false, 10.0f},
    {Channel::Mq7, "mq7_ppm", Bound::Upper, 750.0f, 0.0f, 10000.0f, false, 10.0f},
    {Channel::VocIndex, "voc_index", Bound::Lower, 200.0f, 1.0f, 500.0f, false, 10.0f},
    {Channel::Max30105Smoke, "max30105_smoke", Bound::Upper, 750.0f, 0.0f, 262143.0f, true, 50.0f},
    {Channel::Max30105Temp, "max30105_temp_c", Bound::Upper, 50.0f, -40.0f, 85.0f, false, 2.0f},
};

}  // namespace

const ChannelInfo& channelInfo(Channel channel) { return kChannels[indexOf(channel)]; }

const ChannelInfo& channelInfoAt(std::size_t index) { return kChannels[index]; }

bool channelFromKey(const char* key, std::size_t keyLength, Channel& out) {
    for (const ChannelInfo& info : kChannels) {
        if (std::strlen(info.key) == keyLength && std::memcmp(info.key, key, keyLength) == 0) {
            out = info.channel;
            return true;
        }
    }
    return false;
}

}  // namespace btr
