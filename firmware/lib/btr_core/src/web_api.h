// Bodies of the on-device web page's JSON API (served by the board's
// WebServer; see src/web_portal.cpp). Kept here so they are host-tested.
//
//   GET  /api/live             -> buildLiveJson()
//   POST /api/thresholds       <- flat JSON of thresholds; absent or bad entries keep their value
//   POST /api/thresholds/auto  <- {"mode":"mean"|"max","margin_percent":20}
//   POST /api/wifi             <- {"ssid":"...","password":"..."}
#pragma once

#include <string>

#include "auto_threshold.h"
#include "node_core.h"

namespace btr {

struct LiveView {
    const NodeCore* node = nullptr;
    std::string ipAddress;
    bool mqttConnected = false;
    bool accessPointOpen = false;
};

// {"status":..,"local":..,"override":..,"ip":..,"mqtt":bool,"ap":bool,
//  "thresholds":{..},"history":[{"t":ms,"temp_internal_c":..,...},...]} (oldest first)
std::string buildLiveJson(const LiveView& view);

bool parseAutoThresholdRequest(const char* body, std::size_t length, AutoThresholdOptions& out);

struct WifiRequest {
    std::string ssid;
    std::string password;
};
bool parseWifiRequest(const char* body, std::size_t length, WifiRequest& out);

}  // namespace btr
