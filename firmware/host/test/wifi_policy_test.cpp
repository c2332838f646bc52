#include <gtest/gtest.h>

#include "wifi_policy.h"

using namespace btr;

namespace {

constexpr std::uint32_t kMinute = 60u * 1000u;

void fail(WifiFallbackPolicy& p, int times, std::uint32_t now = 0) {
    for (int i = 0; i < times; ++i) p.onAttemptFailed(now);
}

}  // namespace

TEST(WifiFallbackPolicy, GivenBoot_ThenPrimaryIsTriedAndTheApIsOpen) {
    WifiFallbackPolicy p;
    p.begin(0, true, true);
    EXPECT_EQ(p.networkToTry(), WifiNetwork::Primary);
    EXPECT_TRUE(p.accessPointOpen());
}

TEST(WifiFallbackPolicy, GivenTwoFailures_ThenPrimaryIsStillTried) {
    WifiFallbackPolicy p;
    p.begin(0, true, true);
    fail(p, 2);
    EXPECT_EQ(p.networkToTry(), WifiNetwork::Primary);
}

TEST(WifiFallbackPolicy, GivenThreeFailures_ThenThePreviousNetworkIsTried) {
    WifiFallbackPolicy p;
    p.begin(0, true, true);
    fail(p, 3);
    EXPECT_EQ(p.networkToTry(), WifiNetwork::Previous);
}

TEST(WifiFallbackPolicy, GivenPreviousAlsoFailsThreeTimes_ThenPrimaryIsTriedAgain) {
    WifiFallbackPolicy p;
    p.begin(0, true, true);
    fail(p, 6);
    EXPECT_EQ(p.networkToTry(), WifiNetwork::Primary);
}

TEST(WifiFallbackPolicy, GivenNoPreviousNetwork_WhenPrimaryFails_ThenPrimaryIsKept) {
    WifiFallbackPolicy p;
    p.begin(0, true, false);
    fail(p, 7);
    EXPECT_EQ(p.networkToTry(), WifiNetwork::Primary);
}

TEST(WifiFallbackPolicy, GivenNoNetworkConfigured_ThenNothingIsTriedAndTheApStaysOpen) {
    WifiFallbackPolicy p;
    p.begin(0, false, false);
    EXPECT_EQ(p.networkToTry(), WifiNetwork::None);
    p.update(60 * kMinute);
    EXPECT_TRUE(p.accessPointOpen());
}

TEST(WifiFallbackPolicy, GivenOnlyPreviousNetwork_ThenPreviousIsTried) {
    WifiFallbackPolicy p;
    p.begin(0, false, true);
    EXPECT_EQ(p.networkToTry(), WifiNetwork::Previous);
}

TEST(WifiFallbackPolicy, GivenNeverConnected_ThenTheApIsNeverClosed) {
    WifiFallbackPolicy p;
    p.begin(0, true, true);
    for (std::uint32_t t = 0; t < 120u * kMinute; t += kMinute) {
        p.onAttemptFailed(t);
        p.update(t);
        ASSERT_TRUE(p.accessPointOpen()) << t;
    }
}

TEST(WifiFallbackPolicy, GivenConnected_ThenTheApClosesFiveMinutesLaterNotBefore) {
    WifiFallbackPolicy p;
    p.begin(0, true, true);
    p.onConnected(10000);
    p.update(10000 + 5 * kMinute - 1);
    EXPECT_TRUE(p.accessPointOpen());
    p.update(10000 + 5 * kMinute);
    EXPECT_FALSE(p.accessPointOpen());
}

TEST(WifiFallbackPolicy, GivenConnectionLostBeforeFiveMinutes_ThenTheApStaysOpen) {
    WifiFallbackPolicy p;
    p.begin(0, true, true);
    p.onConnected(0);
    p.onDisconnected(2 * kMinute);
    p.update(10 * kMinute);
    EXPECT_TRUE(p.accessPointOpen());
}

TEST(WifiFallbackPolicy, GivenApClosed_WhenWifiLostAndThreeAttemptsFail_ThenTheApReopens) {
    WifiFallbackPolicy p;
    p.begin(0, true, true);
    p.onConnected(0);
    p.update(6 * kMinute);
    ASSERT_FALSE(p.accessPointOpen());
    p.onDisconnected(7 * kMinute);
    fail(p, 2);
    EXPECT_FALSE(p.accessPointOpen());
    fail(p, 1);
    EXPECT_TRUE(p.accessPointOpen());
}

TEST(WifiFallbackPolicy, GivenConnectedOnPreviousNetwork_ThenFailureCountIsReset) {
    WifiFallbackPolicy p;
    p.begin(0, true, true);
    fail(p, 4);
    p.onConnected(1000);
    EXPECT_EQ(p.consecutiveFailures(), 0u);
    EXPECT_EQ(p.networkToTry(), WifiNetwork::Previous);
}

TEST(WifiFallbackPolicy, GivenMillisWrapsWhileConnected_ThenTheApStillClosesAfterFiveMinutes) {
    WifiFallbackPolicy p;
    p.begin(0, true, true);
    const std::uint32_t nearWrap = 0xFFFFFFFFu - kMinute;
    p.onConnected(nearWrap);
    p.update(nearWrap + 2 * kMinute);  // wrapped past zero, 2 min elapsed
    EXPECT_TRUE(p.accessPointOpen());
    p.update(nearWrap + 5 * kMinute);
    EXPECT_FALSE(p.accessPointOpen());
}
