#include <gtest/gtest.h>

#include "debounced_button.h"

using namespace btr;

TEST(DebouncedButton, GivenCleanPress_ThenOnePressIsReportedAfterTheSettleTime) {
    DebouncedButton b(30);
    EXPECT_FALSE(b.update(true, 0));
    EXPECT_FALSE(b.update(true, 20));
    EXPECT_TRUE(b.update(true, 30));
    EXPECT_FALSE(b.update(true, 40));  // held: not reported again
    EXPECT_TRUE(b.pressed());
}

TEST(DebouncedButton, GivenBouncingContact_ThenOnlyOnePressIsReported) {
    DebouncedButton b(30);
    int presses = 0;
    const bool bounce[] = {true, false, true, false, true, true, true, true, true, true};
    std::uint32_t t = 0;
    for (bool level : bounce) {
        presses += b.update(level, t) ? 1 : 0;
        t += 5;
    }
    for (; t < 200; t += 5) presses += b.update(true, t) ? 1 : 0;
    EXPECT_EQ(presses, 1);
}

TEST(DebouncedButton, GivenGlitchShorterThanSettleTime_ThenNoPress) {
    DebouncedButton b(30);
    EXPECT_FALSE(b.update(true, 0));
    EXPECT_FALSE(b.update(false, 10));
    for (std::uint32_t t = 10; t < 200; t += 10) EXPECT_FALSE(b.update(false, t));
}

TEST(DebouncedButton, GivenPressReleasePress_ThenTwoPresses) {
    DebouncedButton b(30);
    int presses = 0;
    std::uint32_t t = 0;
    for (bool level : {true, false, true}) {
        for (int i = 0; i < 10; ++i, t += 10) presses += b.update(level, t) ? 1 : 0;
    }
    EXPECT_EQ(presses, 2);
}
