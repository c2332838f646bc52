// HTTP server of the node (port 80, on the AP and on the station address):
// the set-up page and its JSON API. Bodies are built and parsed by the
// core's web_api, so this file only routes.
#pragma once

#include <functional>
#include <string>

#include "auto_threshold.h"
#include "node_core.h"
#include "thresholds.h"
#include "web_api.h"

namespace fw {

struct PortalHandlers {
    std::function<btr::LiveView()> live;
    // Return a message for the page; false when the request was refused.
    std::function<std::string(const btr::ThresholdLoad& edit)> saveThresholds;
    std::function<std::string(const btr::AutoThresholdOptions& options)> autoThresholds;
    std::function<std::string(const btr::WifiRequest& request)> setWifi;
    std::function<btr::Thresholds()> currentThresholds;
};

class WebPortal {
public:
    void begin(PortalHandlers handlers);
    void service();

private:
    PortalHandlers handlers_;
};

}  // namespace fw
