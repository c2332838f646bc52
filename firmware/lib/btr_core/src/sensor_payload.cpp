#include "sensor_payload.h"

#include <cmath>

#include "flat_json.h"

namespace btr {

std::string buildSensorPayload(const SensorSample& sample, const Thresholds& thresholds, NodeStatus status,
                               const char* deviceId) {
    std::string out;
    out.reserve(640);  // one allocation per sample on the device
    JsonWriter writer(out);
    writer.beginObject();
    if (deviceId != nullptr && deviceId[0] != '\0') {
        writer.key("device_id");
        writer.stringValue(deviceId);
    }
    writer.key("timestamp_ms");
    writer.integerValue(static_cast<long long>(sample.timestampMs));
    for (std::size_t i = 0; i < kChannelCount; ++i) {
        const ChannelInfo& info = channelInfoAt(i);
        const float value = sample.values[i];
        writer.key(info.key);
        if (!std::isfinite(value)) {
            writer.nullValue();  // sensor missing or failed this round
        } else if (info.integral) {
            writer.integerValue(std::llround(value));
        } else {
            writer.numberValue(value, 2);
        }
    }
    writer.key("thresholds");
    writeThresholds(writer, thresholds);
    writer.key("status");
    writer.stringValue(statusName(status));
    writer.endObject();
    return out;
}

}  // namespace btr
