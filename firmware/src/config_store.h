// Thresholds and node configuration in SPIFFS. Files are written to a
// temporary name and then renamed over the old one, and read back with the
// per-entry fallback of the core parsers, so a power cut while saving costs
// at most the entries that were being written.
#pragma once

#include <string>

#include "node_config.h"
#include "thresholds.h"

namespace fw {

class ConfigStore {
public:
    bool begin();  // mounts SPIFFS, formatting it on first boot

    btr::Thresholds loadThresholds();
    bool saveThresholds(const btr::Thresholds& thresholds);

    btr::NodeConfig loadConfig(const btr::NodeConfig& factory);
    bool saveConfig(const btr::NodeConfig& config);

private:
    std::string readFile(const char* path);
    bool writeFile(const char* path, const std::string& text);
};

}  // namespace fw
