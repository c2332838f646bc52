#include <gtest/gtest.h>

#include "mqtt_topics.h"

using namespace btr;

TEST(MqttTopics, GivenDeviceId_ThenPerDeviceTopics) {
    const MqttTopics t = topicsForDevice("cell-7");
    EXPECT_EQ(t.sensor, "btr/cell-7/sensor");
    EXPECT_EQ(t.statue, "btr/cell-7/statue");
}

TEST(MqttTopics, GivenNoDeviceId_ThenLegacyTopics) {
    const MqttTopics t = topicsForDevice("");
    EXPECT_EQ(t.sensor, "sensor");
    EXPECT_EQ(t.statue, "statue");
}

TEST(MqttTopics, GivenIdsWithTopicWildcardsOrSeparators_ThenRejected) {
    EXPECT_TRUE(isValidDeviceId("btr-a1b2c3"));
    EXPECT_TRUE(isValidDeviceId("Node_1.2"));
    for (const char* bad : {"", "a/b", "a+", "#", "with space", "ü", "012345678901234567890123456789012"}) {
        EXPECT_FALSE(isValidDeviceId(bad)) << bad;
    }
}
