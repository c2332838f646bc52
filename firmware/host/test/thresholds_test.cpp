#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "thresholds.h"

using namespace btr;

namespace {

const char* kFullFile =
    R"({"temp_ambient_c":45.0,"temp_internal_c":60.0,"humidity_percent":85.0,"mq2_ppm":210.0,)"
    R"("mq4_ppm":260.0,"mq8_ppm":460.0,"mq7_ppm":700.0,"voc_index":150.0,"max30105_smoke":800,)"
    R"("max30105_temp_c":55.0})";

}  // namespace

TEST(Thresholds, GivenNoFile_ThenDefaultsAreTheSpecValues) {
    const Thresholds t = Thresholds::defaults();
    EXPECT_EQ(t.get(Channel::TempAmbient), 50.0f);
    EXPECT_EQ(t.get(Channel::TempInternal), 50.0f);
    EXPECT_EQ(t.get(Channel::Humidity), 80.0f);
    EXPECT_EQ(t.get(Channel::Mq2), 200.0f);
    EXPECT_EQ(t.get(Channel::Mq4), 250.0f);
    EXPECT_EQ(t.get(Channel::Mq8), 450.0f);
    EXPECT_EQ(t.get(Channel::Mq7), 750.0f);
    EXPECT_EQ(t.get(Channel::VocIndex), 200.0f);
    EXPECT_EQ(t.get(Channel::Max30105Smoke), 750.0f);
    EXPECT_EQ(t.get(Channel::Max30105Temp), 50.0f);
}

TEST(Thresholds, GivenCompleteFile_WhenParsed_ThenEveryValueIsTaken) {
    const ThresholdLoad load = parseThresholds(std::string(kFullFile));
    EXPECT_TRUE(load.allFromFile());
    EXPECT_EQ(load.thresholds.get(Channel::TempAmbient), 45.0f);
    EXPECT_EQ(load.thresholds.get(Channel::VocIndex), 150.0f);
    EXPECT_EQ(load.thresholds.get(Channel::Max30105Smoke), 800.0f);
}

TEST(Thresholds, GivenSerializedThresholds_WhenParsedBack_ThenTheyRoundTrip) {
    Thresholds t = Thresholds::defaults();
    t.set(Channel::TempInternal, 61.25f);
    t.set(Channel::Max30105Smoke, 1234.0f);
    const ThresholdLoad load = parseThresholds(serializeThresholds(t));
    EXPECT_TRUE(load.allFromFile());
    for (std::size_t i = 0; i < kChannelCount; ++i) EXPECT_FLOAT_EQ(load.thresholds.values[i], t.values[i]) << i;
}

TEST(Thresholds, GivenEmptyOrMissingFile_WhenParsed_ThenAllDefaults) {
    for (const std::string& text : {std::string(), std::string("   "), std::string("{}")}) {
        const ThresholdLoad load = parseThresholds(text);
        EXPECT_EQ(load.defaultedMask, (1u << kChannelCount) - 1u) << "'" << text << "'";
        EXPECT_EQ(load.thresholds.get(Channel::Mq7), 750.0f);
    }
}

TEST(Thresholds, GivenSomeEntriesMissing_WhenParsed_ThenOnlyThoseFallBack) {
    const ThresholdLoad load = parseThresholds(std::string(R"({"mq2_ppm": 300, "voc_index": 120.5})"));
    EXPECT_EQ(load.thresholds.get(Channel::Mq2), 300.0f);
    EXPECT_EQ(load.thresholds.get(Channel::VocIndex), 120.5f);
    EXPECT_FALSE(load.usedDefault(Channel::Mq2));
    EXPECT_TRUE(load.usedDefault(Channel::TempInternal));
    EXPECT_EQ(load.thresholds.get(Channel::TempInternal), 50.0f);
}

TEST(Thresholds, GivenGarbageValues_WhenParsed_ThenEachBadEntryFallsBackAlone) {
    const ThresholdLoad load = parseThresholds(std::string(
        R"({"temp_ambient_c":"hot","temp_internal_c":NaN,"humidity_percent":-5,"mq2_ppm":Infinity,)"
        R"("mq4_ppm":true,"mq8_ppm":null,"mq7_ppm":[1],"voc_index":"150","max30105_smoke":0x20,"max30105_temp_c":52})"));
    for (Channel c : {Channel::TempAmbient, Channel::TempInternal, Channel::Humidity, Channel::Mq2, Channel::Mq4,
                      Channel::Mq8, Channel::Mq7, Channel::Max30105Smoke}) {
        EXPECT_TRUE(load.usedDefault(c)) << channelInfo(c).key;
        EXPECT_EQ(load.thresholds.get(c), channelInfo(c).defaultThreshold) << channelInfo(c).key;
    }
    // A number sent as a string (form post) is still a number.
    EXPECT_EQ(load.thresholds.get(Channel::VocIndex), 150.0f);
    EXPECT_EQ(load.thresholds.get(Channel::Max30105Temp), 52.0f);
}

TEST(Thresholds, GivenImplausibleValues_WhenParsed_ThenTheyFallBack) {
    const ThresholdLoad load =
        parseThresholds(std::string(R"({"humidity_percent":150,"temp_internal_c":1e9,"mq2_ppm":-1,"voc_index":0})"));
    EXPECT_EQ(load.thresholds.get(Channel::Humidity), 80.0f);
    EXPECT_EQ(load.thresholds.get(Channel::TempInternal), 50.0f);
    EXPECT_EQ(load.thresholds.get(Channel::Mq2), 200.0f);
    EXPECT_EQ(load.thresholds.get(Channel::VocIndex), 200.0f);
}

TEST(Thresholds, GivenFileTruncatedAnywhere_WhenParsed_ThenEntriesBeforeTheCutSurviveAndNoneIsWrong) {
    const std::string full(kFullFile);
    const ThresholdLoad complete = parseThresholds(full);
    const Thresholds defaults = Thresholds::defaults();
    for (std::size_t cut = 0; cut <= full.size(); ++cut) {
        const ThresholdLoad load = parseThresholds(full.data(), cut);
        for (std::size_t i = 0; i < kChannelCount; ++i) {
            const float v = load.thresholds.values[i];
            // Either the file's value or the default: never a half-read number like 7 from 700.
            EXPECT_TRUE(v == complete.thresholds.values[i] || v == defaults.values[i])
                << "cut " << cut << " channel " << channelInfoAt(i).key << " = " << v;
        }
    }
    // Cut in the middle of the last value: all but the last entry survive.
    const ThresholdLoad cutLast = parseThresholds(full.data(), full.size() - 3);
    EXPECT_EQ(cutLast.thresholds.get(Channel::Max30105Smoke), 800.0f);
    EXPECT_TRUE(cutLast.usedDefault(Channel::Max30105Temp));
}

TEST(Thresholds, GivenBrokenStructureMidFile_WhenParsed_ThenLaterGoodEntriesStillCount) {
    const ThresholdLoad load = parseThresholds(std::string(R"({"mq2_ppm": 1 2 3, ;;; "mq4_ppm": 333, oops})"));
    EXPECT_TRUE(load.usedDefault(Channel::Mq2));
    EXPECT_EQ(load.thresholds.get(Channel::Mq4), 333.0f);
}

TEST(Thresholds, GivenUnknownKeysAndDuplicates_WhenParsed_ThenUnknownIgnoredAndLastGoodValueWins) {
    const ThresholdLoad load =
        parseThresholds(std::string(R"({"future_sensor":5,"mq2_ppm":210,"mq2_ppm":"bad","mq4_ppm":1,"mq4_ppm":2})"));
    EXPECT_EQ(load.thresholds.get(Channel::Mq2), 210.0f);
    EXPECT_EQ(load.thresholds.get(Channel::Mq4), 2.0f);
}

TEST(Thresholds, GivenBinaryGarbageFile_WhenParsed_ThenAllDefaultsAndNoCrash) {
    std::string junk;
    for (int i = 0; i < 512; ++i) junk += static_cast<char>((i * 37 + 11) % 256);
    const ThresholdLoad load = parseThresholds(junk);
    for (std::size_t i = 0; i < kChannelCount; ++i) EXPECT_EQ(load.thresholds.values[i], channelInfoAt(i).defaultThreshold);
}

TEST(Thresholds, GivenSerialized_ThenSmokeIsIntegerAndOthersDecimal) {
    const std::string text = serializeThresholds(Thresholds::defaults());
    EXPECT_NE(text.find(R"("max30105_smoke":750,)"), std::string::npos) << text;
    EXPECT_NE(text.find(R"("temp_ambient_c":50.0,)"), std::string::npos) << text;
}
