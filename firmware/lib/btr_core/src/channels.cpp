#include "channels.h"

#include <cstring>

namespace btr {

namespace {

// Ranges are generous physical limits of the sensors; they only reject values
// that cannot be meant (negative ppm, 5000 % humidity, NaN).
const ChannelInfo kChannels[kChannelCount] = {
    {Channel::TempAmbient, "temp_ambient_c", 50.0f, -40.0f, 125.0f, false, 2.0f},
    {Channel::TempInternal, "temp_internal_c", 50.0f, -40.0f, 850.0f, false, 2.0f},
    {Channel::Humidity, "humidity_percent", 80.0f, 0.0f, 100.0f, false, 5.0f},
    {Channel::Mq2, "mq2_ppm", 200.0f, 0.0f, 10000.0f, false, 10.0f},
    {Channel::Mq4, "mq4_ppm", 250.0f, 0.0f, 10000.0f, false, 10.0f},
    {Channel::Mq8, "mq8_ppm", 450.0f, 0.0f, 10000.0f, false, 10.0f},
    {Channel::Mq7, "mq7_ppm", 750.0f, 0.0f, 10000.0f, false, 10.0f},
    {Channel::VocIndex, "voc_index", 200.0f, 1.0f, 500.0f, false, 10.0f},
    {Channel::Max30105Smoke, "max30105_smoke", 750.0f, 0.0f, 262143.0f, true, 50.0f},
    {Channel::Max30105Temp, "max30105_temp_c", 50.0f, -40.0f, 85.0f, false, 2.0f},
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
