#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "sensor_payload.h"
#include "test_support.h"

using namespace btr;
using nlohmann::json;

namespace {

const char* kSpecFields[] = {"timestamp_ms", "temp_ambient_c", "temp_internal_c", "humidity_percent", "mq2_ppm",
                             "mq4_ppm",      "mq8_ppm",        "mq7_ppm",         "voc_index",        "max30105_smoke",
                             "max30105_temp_c", "thresholds",  "status"};

}  // namespace

TEST(SensorPayload, GivenSample_ThenPayloadIsJsonWithEverySpecFieldAndDeviceId) {
    SensorSample s = test::calmSample(123456);
    s.set(Channel::TempAmbient, 25.5f);
    const json j = json::parse(buildSensorPayload(s, Thresholds::defaults(), NodeStatus::Normal, "node-7"));
    for (const char* field : kSpecFields) EXPECT_TRUE(j.contains(field)) << field;
    EXPECT_EQ(j["device_id"], "node-7");
    EXPECT_EQ(j["timestamp_ms"], 123456);
    EXPECT_DOUBLE_EQ(j["temp_ambient_c"].get<double>(), 25.5);
    EXPECT_EQ(j["max30105_smoke"], 120);
    EXPECT_TRUE(j["max30105_smoke"].is_number_integer());
    EXPECT_EQ(j["status"], "NORMAL");
    for (std::size_t i = 0; i < kChannelCount; ++i) {
        const ChannelInfo& info = channelInfoAt(i);
        EXPECT_DOUBLE_EQ(j["thresholds"][info.key].get<double>(), info.defaultThreshold) << info.key;
    }
    EXPECT_EQ(j["thresholds"].size(), kChannelCount);
}

TEST(SensorPayload, GivenNoDeviceId_ThenLegacyPayloadWithoutTheField) {
    const json a = json::parse(buildSensorPayload(test::calmSample(), Thresholds::defaults(), NodeStatus::Normal, ""));
    const json b = json::parse(buildSensorPayload(test::calmSample(), Thresholds::defaults(), NodeStatus::Normal, nullptr));
    EXPECT_FALSE(a.contains("device_id"));
    EXPECT_FALSE(b.contains("device_id"));
}

TEST(SensorPayload, GivenFailedSensor_ThenItsFieldIsNullAndJsonStaysValid) {
    SensorSample s = test::calmSample();
    s.set(Channel::Humidity, NAN);
    s.set(Channel::Max30105Smoke, INFINITY);
    const json j = json::parse(buildSensorPayload(s, Thresholds::defaults(), NodeStatus::Warning, "n"));
    EXPECT_TRUE(j["humidity_percent"].is_null());
    EXPECT_TRUE(j["max30105_smoke"].is_null());
    EXPECT_EQ(j["status"], "WARNING");
}

TEST(SensorPayload, GivenEachStatus_ThenStatusFieldCarriesIt) {
    for (NodeStatus st : {NodeStatus::Normal, NodeStatus::Warning, NodeStatus::Danger}) {
        const json j = json::parse(buildSensorPayload(test::calmSample(), Thresholds::defaults(), st, "n"));
        EXPECT_EQ(j["status"], statusName(st));
    }
}

TEST(SensorPayload, GivenDeviceIdWithQuotes_ThenItIsEscaped) {
    const json j = json::parse(buildSensorPayload(test::calmSample(), Thresholds::defaults(), NodeStatus::Normal, "a\"b"));
    EXPECT_EQ(j["device_id"], "a\"b");
}

TEST(SensorPayload, GivenLargestUptime_ThenTimestampIsAnUnsignedInteger) {
    const json j =
        json::parse(buildSensorPayload(test::calmSample(4294967295u), Thresholds::defaults(), NodeStatus::Normal, "n"));
    EXPECT_EQ(j["timestamp_ms"].get<std::uint64_t>(), 4294967295u);
}

TEST(SensorPayload, GivenSpecExampleValues_ThenTheyAreWrittenAsInTheSpec) {
    SensorSample s = test::calmSample(123456);
    s.set(Channel::TempAmbient, 25.5f);
    s.set(Channel::TempInternal, 32.1f);
    const std::string p = buildSensorPayload(s, Thresholds::defaults(), NodeStatus::Normal, nullptr);
    EXPECT_EQ(p.rfind(R"({"timestamp_ms":123456,"temp_ambient_c":25.5,"temp_internal_c":32.1,)", 0), 0u) << p;
    EXPECT_NE(p.find(R"("thresholds":{"temp_ambient_c":50.0,)"), std::string::npos) << p;
    EXPECT_NE(p.find(R"("status":"NORMAL"})"), std::string::npos) << p;
}
