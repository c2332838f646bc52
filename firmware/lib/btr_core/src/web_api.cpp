#include "web_api.h"

#include <cmath>

#include "flat_json.h"

namespace btr {

std::string buildLiveJson(const LiveView& view) {
    std::string out;
    if (view.node == nullptr) return "{}";
    const NodeCore& node = *view.node;
    JsonWriter w(out);
    w.beginObject();
    w.key("device_id");
    w.stringValue(node.deviceId().c_str());
    w.key("status");
    w.stringValue(statusName(node.effectiveStatus()));
    w.key("local");
    w.stringValue(statusName(node.localStatus()));
    w.key("override");
    w.stringValue(overrideStateName(node.overrideState()));
    w.key("ip");
    w.stringValue(view.ipAddress.c_str());
    w.key("mqtt");
    w.stringValue(view.mqttConnected ? "connected" : "offline");
    w.key("ap");
    w.stringValue(view.accessPointOpen ? "open" : "closed");
    w.key("thresholds");
    writeThresholds(w, node.thresholds());
    w.key("history");
    out += '[';
    const SampleHistory& h = node.history();
    for (std::size_t i = 0; i < h.size(); ++i) {
        if (i > 0) out += ',';
        std::string item;
        JsonWriter iw(item);
        iw.beginObject();
        iw.key("t");
        iw.integerValue(static_cast<long long>(h.at(i).timestampMs));
        for (std::size_t c = 0; c < kChannelCount; ++c) {
            iw.key(channelInfoAt(c).key);
            iw.numberValue(h.at(i).values[c], 2);  // NaN -> null
        }
        iw.endObject();
        out += item;
    }
    out += ']';
    w.endObject();
    return out;
}

bool parseAutoThresholdRequest(const char* body, std::size_t length, AutoThresholdOptions& out) {
    AutoThresholdOptions options;
    bool haveMode = false;
    FlatJsonReader reader(body, length);
    JsonMember m;
    while (reader.next(m)) {
        if (m.key == "mode" && m.kind == JsonKind::String) {
            haveMode = parseAutoThresholdMode(m.text.c_str(), options.mode);
        } else if (m.key == "margin_percent") {
            double percent = 0;
            if ((m.kind != JsonKind::Scalar && m.kind != JsonKind::String) || !parseJsonNumber(m.text, percent) ||
                percent < 0.0 || percent > 500.0) {
                return false;
            }
            options.marginFraction = static_cast<float>(percent / 100.0);
        }
    }
    if (!haveMode) return false;
    out = options;
    return true;
}

bool parseWifiRequest(const char* body, std::size_t length, WifiRequest& out) {
    WifiRequest request;
    bool haveSsid = false;
    FlatJsonReader reader(body, length);
    JsonMember m;
    while (reader.next(m)) {
        if (m.kind != JsonKind::String) continue;
        if (m.key == "ssid") {
            request.ssid = m.text;
            haveSsid = true;
        } else if (m.key == "password") {
            request.password = m.text;
        }
    }
    // 802.11 SSIDs are 1..32 bytes; WPA2 passphrases 8..63 (or empty: open network).
    if (!haveSsid || request.ssid.empty() || request.ssid.size() > 32) return false;
    if (!request.password.empty() && (request.password.size() < 8 || request.password.size() > 64)) return false;
    out = request;
    return true;
}

}  // namespace btr
