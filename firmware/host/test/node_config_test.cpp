#include <gtest/gtest.h>

#include <string>

#include "node_config.h"

using namespace btr;

namespace {

NodeConfig factoryDefaults() {
    NodeConfig c;
    c.mqttHost = "broker.local";
    c.mqttPort = 1883;
    c.deviceId = "btr-a1b2c3";
    return c;
}

NodeConfigLoad parse(const std::string& text) { return parseNodeConfig(text.data(), text.size(), factoryDefaults()); }

}  // namespace

TEST(NodeConfig, GivenSerializedConfig_WhenParsedBack_ThenItRoundTrips) {
    NodeConfig c;
    c.wifiSsid = "lab \"5G\"";
    c.wifiPassword = "p\\ss";
    c.previousWifiSsid = "old";
    c.previousWifiPassword = "oldpw";
    c.mqttHost = "10.0.0.2";
    c.mqttPort = 8883;
    c.deviceId = "cell-7";
    const NodeConfigLoad load = parse(serializeNodeConfig(c));
    EXPECT_EQ(load.defaultedEntries, 0u);
    EXPECT_EQ(load.config.wifiSsid, c.wifiSsid);
    EXPECT_EQ(load.config.wifiPassword, c.wifiPassword);
    EXPECT_EQ(load.config.previousWifiSsid, "old");
    EXPECT_EQ(load.config.mqttHost, "10.0.0.2");
    EXPECT_EQ(load.config.mqttPort, 8883);
    EXPECT_EQ(load.config.deviceId, "cell-7");
}

TEST(NodeConfig, GivenMissingFile_ThenFactoryDefaults) {
    const NodeConfigLoad load = parse("");
    EXPECT_EQ(load.defaultedEntries, 7u);
    EXPECT_EQ(load.config.mqttHost, "broker.local");
    EXPECT_EQ(load.config.deviceId, "btr-a1b2c3");
}

TEST(NodeConfig, GivenBadEntries_ThenEachFallsBackAlone) {
    const NodeConfigLoad load = parse(
        R"({"wifi_ssid":"lab","mqtt_port":70000,"device_id":"bad/id+#","mqtt_host":42,)"
        R"("wifi_password":"0123456789012345678901234567890123456789012345678901234567890123456789"})");
    EXPECT_EQ(load.config.wifiSsid, "lab");
    EXPECT_EQ(load.config.mqttPort, 1883);
    EXPECT_EQ(load.config.deviceId, "btr-a1b2c3");
    EXPECT_EQ(load.config.mqttHost, "broker.local");
    EXPECT_EQ(load.config.wifiPassword, "");  // 70 chars: longer than WPA2 allows
    EXPECT_EQ(load.defaultedEntries, 6u);
}

TEST(NodeConfig, GivenFractionalOrTextPort_ThenDefaultPort) {
    EXPECT_EQ(parse(R"({"mqtt_port":1883.5})").config.mqttPort, 1883);
    EXPECT_EQ(parse(R"({"mqtt_port":"1884"})").config.mqttPort, 1883);
    EXPECT_EQ(parse(R"({"mqtt_port":1884})").config.mqttPort, 1884);
}

TEST(NodeConfig, GivenEmptyDeviceId_ThenLegacyTopics) {
    const NodeConfigLoad load = parse(R"({"device_id":""})");
    EXPECT_EQ(load.config.deviceId, "");
    EXPECT_EQ(load.config.topics().sensor, "sensor");
    EXPECT_EQ(load.config.topics().statue, "statue");
}

TEST(NodeConfig, GivenTruncatedFile_ThenEntriesBeforeTheCutSurvive) {
    const NodeConfigLoad load = parse(R"({"wifi_ssid":"lab","mqtt_host":"10.0.0.)");
    EXPECT_EQ(load.config.wifiSsid, "lab");
    EXPECT_EQ(load.config.mqttHost, "broker.local");
}

TEST(NodeConfig, GivenNewWifiFromPortal_ThenTheOldOneBecomesThePreviousNetwork) {
    NodeConfig c;
    c.wifiSsid = "old-lab";
    c.wifiPassword = "pw1";
    c.adoptWifi("new-lab", "pw2");
    EXPECT_EQ(c.wifiSsid, "new-lab");
    EXPECT_EQ(c.previousWifiSsid, "old-lab");
    EXPECT_EQ(c.previousWifiPassword, "pw1");
}

TEST(NodeConfig, GivenSameWifiAgainWithNewPassword_ThenPreviousNetworkIsKept) {
    NodeConfig c;
    c.wifiSsid = "lab";
    c.previousWifiSsid = "home";
    c.adoptWifi("lab", "newpw");
    EXPECT_EQ(c.previousWifiSsid, "home");
    EXPECT_EQ(c.wifiPassword, "newpw");
}
