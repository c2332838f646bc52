#include "config_store.h"

#include <Arduino.h>
#include <SPIFFS.h>

#include "firmware_defaults.h"

namespace fw {

bool ConfigStore::begin() { return SPIFFS.begin(true); }

std::string ConfigStore::readFile(const char* path) {
    String name(path);
    if (!SPIFFS.exists(name)) {
        // Power lost between removing the old file and renaming the new one.
        name += ".tmp";
        if (!SPIFFS.exists(name)) return std::string();
    }
    File f = SPIFFS.open(name, "r");
    if (!f) return std::string();
    std::string text;
    text.reserve(f.size());
    while (f.available() && text.size() < 4096) text += static_cast<char>(f.read());
    f.close();
    return text;
}

bool ConfigStore::writeFile(const char* path, const std::string& text) {
    const String tmp = String(path) + ".tmp";
    File f = SPIFFS.open(tmp, "w");
    if (!f) return false;
    const size_t written = f.write(reinterpret_cast<const uint8_t*>(text.data()), text.size());
    f.close();
    if (written != text.size()) return false;
    // SPIFFS cannot rename onto an existing file.
    SPIFFS.remove(path);
    return SPIFFS.rename(tmp, path);
}

btr::Thresholds ConfigStore::loadThresholds() {
    const std::string text = readFile(kThresholdFile);
    const btr::ThresholdLoad load = btr::parseThresholds(text);
    if (!load.allFromFile()) {
        Serial.printf("thresholds: %s, defaults used where missing or bad (mask 0x%03x)\n",
                      text.empty() ? "no file" : "file incomplete", static_cast<unsigned>(load.defaultedMask));
    }
    return load.thresholds;
}

bool ConfigStore::saveThresholds(const btr::Thresholds& thresholds) {
    return writeFile(kThresholdFile, btr::serializeThresholds(thresholds));
}

btr::NodeConfig ConfigStore::loadConfig(const btr::NodeConfig& factory) {
    const std::string text = readFile(kConfigFile);
    const btr::NodeConfigLoad load = btr::parseNodeConfig(text.data(), text.size(), factory);
    if (load.defaultedEntries > 0) Serial.printf("config: %u entries from factory defaults\n", load.defaultedEntries);
    return load.config;
}

bool ConfigStore::saveConfig(const btr::NodeConfig& config) {
    return writeFile(kConfigFile, btr::serializeNodeConfig(config));
}

}  // namespace fw
