#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "test_support.h"
#include "web_api.h"

using namespace btr;
using nlohmann::json;

TEST(WebApiLive, GivenNodeWithHistory_ThenLiveJsonHasStateThresholdsAndHistoryOldestFirst) {
    NodeCore node("bench-1", Thresholds::defaults());
    for (std::uint32_t i = 0; i < 3; ++i) node.onSample(test::calmSample(i * 500));
    node.onStatueMessage("danger", 6);
    LiveView view;
    view.node = &node;
    view.ipAddress = "192.168.1.50";
    view.mqttConnected = true;
    const json j = json::parse(buildLiveJson(view));
    EXPECT_EQ(j["device_id"], "bench-1");
    EXPECT_EQ(j["status"], "DANGER");
    EXPECT_EQ(j["local"], "NORMAL");
    EXPECT_EQ(j["override"], "DANGER_LATCHED");
    EXPECT_EQ(j["ip"], "192.168.1.50");
    EXPECT_EQ(j["mqtt"], "connected");
    ASSERT_EQ(j["history"].size(), 3u);
    EXPECT_EQ(j["history"][0]["t"], 0);
    EXPECT_EQ(j["history"][2]["t"], 1000);
    EXPECT_DOUBLE_EQ(j["history"][2]["temp_internal_c"].get<double>(), 30.0);
    EXPECT_DOUBLE_EQ(j["thresholds"]["mq7_ppm"].get<double>(), 750.0);
}

TEST(WebApiLive, GivenMissingReading_ThenHistoryCarriesNull) {
    NodeCore node("n", Thresholds::defaults());
    SensorSample s = test::calmSample();
    s.set(Channel::Humidity, NAN);
    node.onSample(s);
    LiveView view;
    view.node = &node;
    EXPECT_TRUE(json::parse(buildLiveJson(view))["history"][0]["humidity_percent"].is_null());
}

TEST(WebApiThresholdEdit, GivenPartialOrBadEdit_ThenOtherEntriesKeepTheCurrentValueNotTheDefault) {
    Thresholds current = Thresholds::defaults();
    current.set(Channel::Mq2, 300.0f);
    current.set(Channel::Mq4, 310.0f);
    const std::string body = R"({"mq4_ppm":"abc","temp_internal_c":55})";
    const ThresholdLoad edit = parseThresholds(body.data(), body.size(), current);
    EXPECT_EQ(edit.thresholds.get(Channel::TempInternal), 55.0f);
    EXPECT_EQ(edit.thresholds.get(Channel::Mq2), 300.0f);
    EXPECT_EQ(edit.thresholds.get(Channel::Mq4), 310.0f);
    EXPECT_TRUE(edit.usedDefault(Channel::Mq4));
}

TEST(WebApiAutoThreshold, GivenModeAndMargin_ThenOptionsAreParsed) {
    AutoThresholdOptions o;
    const std::string body = R"({"mode":"mean","margin_percent":15})";
    ASSERT_TRUE(parseAutoThresholdRequest(body.data(), body.size(), o));
    EXPECT_EQ(o.mode, AutoThresholdMode::Mean);
    EXPECT_FLOAT_EQ(o.marginFraction, 0.15f);
}

TEST(WebApiAutoThreshold, GivenMissingModeOrBadMargin_ThenRejected) {
    AutoThresholdOptions o;
    for (const std::string& body : {std::string(R"({"margin_percent":15})"), std::string(R"({"mode":"median"})"),
                                   std::string(R"({"mode":"max","margin_percent":-5})"),
                                   std::string(R"({"mode":"max","margin_percent":"lots"})"), std::string("garbage")}) {
        EXPECT_FALSE(parseAutoThresholdRequest(body.data(), body.size(), o)) << body;
    }
}

TEST(WebApiWifi, GivenSsidAndPassword_ThenAccepted) {
    WifiRequest r;
    const std::string body = R"({"ssid":"lab","password":"secret123"})";
    ASSERT_TRUE(parseWifiRequest(body.data(), body.size(), r));
    EXPECT_EQ(r.ssid, "lab");
    EXPECT_EQ(r.password, "secret123");
}

TEST(WebApiWifi, GivenMissingSsidOrImpossiblePassword_ThenRejected) {
    WifiRequest r;
    for (const std::string& body : {std::string(R"({"password":"secret123"})"), std::string(R"({"ssid":""})"),
                                   std::string(R"({"ssid":"lab","password":"short"})"),
                                   std::string(R"({"ssid":"012345678901234567890123456789012"})"), std::string("")}) {
        EXPECT_FALSE(parseWifiRequest(body.data(), body.size(), r)) << body;
    }
    const std::string open = R"({"ssid":"guest"})";
    EXPECT_TRUE(parseWifiRequest(open.data(), open.size(), r));
}
