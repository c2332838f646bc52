// BatteryLab thermal-runaway node (ESP32-S3-DevKitM-1, Arduino).
//
// Wiring only: every decision (status rule, cloud override, thresholds,
// payload, Wi-Fi fallback, indicator patterns) is made by lib/btr_core, which
// is unit-tested on the host and drives the host simulator the same way.
//
//   every 500 ms : read sensors -> NodeCore::onSample -> publish JSON payload
//   every loop   : button, indicators, Wi-Fi/AP/MQTT, web page
#include <Arduino.h>

#include <string>

#include "config_store.h"
#include "connectivity.h"
#include "debounced_button.h"
#include "firmware_defaults.h"
#include "indicator_hardware.h"
#include "indicators.h"
#include "node_core.h"
#include "node_sensors.h"
#include "pins.h"
#include "sample_history.h"
#include "web_portal.h"

namespace {

fw::ConfigStore store;
fw::NodeSensors sensors;
fw::HardwareIndicators indicatorHardware;
btr::IndicatorDriver indicators(indicatorHardware);
fw::Connectivity net;
fw::WebPortal portal;
btr::DebouncedButton button;
btr::NodeConfig config;
btr::NodeCore* node = nullptr;  // created in setup() once the device id is known
std::uint32_t nextSampleMs = 0;

// "btr-" + the last three bytes of the factory MAC: unique and stable.
std::string factoryDeviceId() {
    const uint64_t mac = ESP.getEfuseMac();
    char id[16];
    snprintf(id, sizeof id, "btr-%02x%02x%02x", static_cast<unsigned>((mac >> 24) & 0xff),
             static_cast<unsigned>((mac >> 32) & 0xff), static_cast<unsigned>((mac >> 40) & 0xff));
    return id;
}

void onMqttMessage(const std::string& topic, const char* payload, std::size_t length) {
    // Only the statue topic is subscribed; the core ignores anything malformed.
    const bool applied = node->onStatueMessage(payload, length);
    Serial.printf("statue on %s: %s -> %s\n", topic.c_str(), applied ? "applied" : "ignored",
                  btr::overrideStateName(node->overrideState()));
}

void onButton() {
    const btr::ButtonEffect effect = node->onButtonPress();
    if (effect == btr::ButtonEffect::NoOverride) {
        indicators.nextScreen();
    } else {
        Serial.printf("button: %s\n", effect == btr::ButtonEffect::ReleasedLatch ? "latch released"
                                                                                 : "ignored, no release from cloud");
    }
}

btr::LiveView liveView() {
    btr::LiveView view;
    view.node = node;
    view.ipAddress = net.ipAddress();
    view.mqttConnected = net.mqttConnected();
    view.accessPointOpen = net.accessPointOpen();
    return view;
}

fw::PortalHandlers portalHandlers() {
    fw::PortalHandlers handlers;
    handlers.live = liveView;
    handlers.currentThresholds = [] { return node->thresholds(); };
    handlers.saveThresholds = [](const btr::ThresholdLoad& edit) {
        node->setThresholds(edit.thresholds);
        const bool saved = store.saveThresholds(edit.thresholds);
        return std::string(saved ? "thresholds saved" : "thresholds applied but NOT saved (SPIFFS error)") +
               (edit.allFromFile() ? "" : "; invalid entries kept their previous value");
    };
    handlers.autoThresholds = [](const btr::AutoThresholdOptions& options) {
        const btr::AutoThresholdResult result = node->applyAutoThresholds(options);
        store.saveThresholds(node->thresholds());
        return result.changedMask == 0 ? std::string("no samples yet: thresholds unchanged")
                                       : std::string("auto-thresholds applied and saved");
    };
    handlers.setWifi = [](const btr::WifiRequest& request) {
        config.adoptWifi(request.ssid, request.password);
        store.saveConfig(config);
        net.restartWifi(config, millis());
        return std::string("connecting to ") + request.ssid + "; the previous network stays as fallback";
    };
    return handlers;
}

}  // namespace

void setup() {
    Serial.begin(115200);
    pinMode(PIN_BUTTON, INPUT_PULLUP);
    sensors.begin();            // starts Wire, needed by the OLED below
    indicatorHardware.begin();

    if (!store.begin()) Serial.println("SPIFFS mount failed: running on defaults");
    btr::NodeConfig factory;
    factory.mqttHost = fw::kDefaultMqttHost;
    factory.mqttPort = fw::kDefaultMqttPort;
    factory.deviceId = factoryDeviceId();
    config = store.loadConfig(factory);

    static btr::NodeCore core(config.deviceId, store.loadThresholds());
    node = &core;

    net.begin(config, onMqttMessage);
    portal.begin(portalHandlers());
    nextSampleMs = millis();
    Serial.printf("node %s ready\n", config.deviceId.empty() ? "(legacy)" : config.deviceId.c_str());
}

void loop() {
    const std::uint32_t now = millis();

    if (static_cast<std::int32_t>(now - nextSampleMs) >= 0) {
        nextSampleMs += btr::kSamplePeriodMs;
        if (static_cast<std::int32_t>(now - nextSampleMs) > 0) nextSampleMs = now + btr::kSamplePeriodMs;  // stalled
        const btr::NodeTick tick = node->onSample(sensors.read(now));
        net.publish(tick.payload);
    }

    if (button.update(digitalRead(PIN_BUTTON) == LOW, now)) onButton();

    btr::DisplayState display;
    display.effective = node->effectiveStatus();
    display.local = node->localStatus();
    display.override = node->overrideState();
    display.sample = node->history().empty() ? nullptr : &node->history().newest();
    display.deviceId = config.deviceId;
    display.ipAddress = net.ipAddress();
    display.accessPointOpen = net.accessPointOpen();
    display.mqttConnected = net.mqttConnected();
    indicators.refresh(now, display);

    net.service(now);
    portal.service();
}
