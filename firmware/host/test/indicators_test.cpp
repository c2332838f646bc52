#include <gtest/gtest.h>

#include <vector>

#include "indicators.h"
#include "test_support.h"

using namespace btr;

namespace {

struct RecordingSink : IndicatorSink {
    std::vector<Rgb> leds;
    std::vector<bool> buzzer;
    std::vector<ScreenText> screens;
    void setLed(Rgb c) override { leds.push_back(c); }
    void setBuzzer(bool on) override { buzzer.push_back(on); }
    void showScreen(const ScreenText& t) override { screens.push_back(t); }
};

DisplayState stateFor(NodeStatus effective, OverrideState override, const SensorSample* sample = nullptr) {
    DisplayState s;
    s.effective = effective;
    s.override = override;
    s.sample = sample;
    s.deviceId = "node-1";
    s.ipAddress = "192.168.4.1";
    return s;
}

bool anyOn(BuzzerPattern p, std::uint32_t from, std::uint32_t to) {
    for (std::uint32_t t = from; t < to; t += 10) {
        if (buzzerOnAt(p, t)) return true;
    }
    return false;
}

bool allOn(BuzzerPattern p, std::uint32_t from, std::uint32_t to) {
    for (std::uint32_t t = from; t < to; t += 10) {
        if (!buzzerOnAt(p, t)) return false;
    }
    return true;
}

}  // namespace

TEST(IndicatorPlan, GivenNormal_ThenGreenAndSilent) {
    const IndicatorPlan p = planIndicators(NodeStatus::Normal, OverrideState::None);
    EXPECT_GT(p.led.g, p.led.r);
    EXPECT_EQ(p.buzzer, BuzzerPattern::Off);
    EXPECT_FALSE(anyOn(p.buzzer, 0, 10000));
}

TEST(IndicatorPlan, GivenWarning_ThenAmberAndOccasionalBeep) {
    const IndicatorPlan p = planIndicators(NodeStatus::Warning, OverrideState::None);
    EXPECT_GT(p.led.r, 0);
    EXPECT_GT(p.led.g, 0);
    EXPECT_TRUE(anyOn(p.buzzer, 0, 2000));
    EXPECT_FALSE(allOn(p.buzzer, 0, 2000));
}

TEST(IndicatorPlan, GivenLocalDanger_ThenRedAndBeeping) {
    const IndicatorPlan p = planIndicators(NodeStatus::Danger, OverrideState::None);
    EXPECT_EQ(p.led, (Rgb{220, 0, 0}));
    EXPECT_EQ(p.buzzer, BuzzerPattern::FastBeep);
    EXPECT_FALSE(allOn(p.buzzer, 0, 1000));
}

TEST(IndicatorPlan, GivenCloudDangerLatched_ThenBuzzerIsContinuous) {
    const IndicatorPlan p = planIndicators(NodeStatus::Danger, OverrideState::DangerLatched);
    EXPECT_EQ(p.buzzer, BuzzerPattern::Continuous);
    EXPECT_TRUE(allOn(p.buzzer, 0, 10000));
}

TEST(IndicatorPlan, GivenReleasePending_ThenStillContinuousAndLedBlinksToAskForTheButton) {
    const IndicatorPlan p = planIndicators(NodeStatus::Danger, OverrideState::ReleasePending);
    EXPECT_EQ(p.buzzer, BuzzerPattern::Continuous);
    EXPECT_NE(ledColourAt(p, 0), ledColourAt(p, 500));
}

TEST(IndicatorDriver, GivenRepeatedRefreshWithoutChange_ThenTheSinkIsWrittenOnce) {
    RecordingSink sink;
    IndicatorDriver driver(sink);
    const SensorSample sample = test::calmSample();
    for (std::uint32_t t = 0; t < 400; t += 50) driver.refresh(t, stateFor(NodeStatus::Normal, OverrideState::None, &sample));
    EXPECT_EQ(sink.leds.size(), 1u);
    EXPECT_EQ(sink.buzzer.size(), 1u);
    EXPECT_EQ(sink.screens.size(), 1u);
    EXPECT_FALSE(sink.buzzer.back());
}

TEST(IndicatorDriver, GivenStatusChangesToLatchedDanger_ThenLedRedAndBuzzerOn) {
    RecordingSink sink;
    IndicatorDriver driver(sink);
    driver.refresh(0, stateFor(NodeStatus::Normal, OverrideState::None));
    driver.refresh(100, stateFor(NodeStatus::Danger, OverrideState::DangerLatched));
    EXPECT_EQ(sink.leds.back(), (Rgb{220, 0, 0}));
    EXPECT_TRUE(sink.buzzer.back());
    EXPECT_EQ(sink.screens.back().lines[1], "Status: DANGER");
    EXPECT_EQ(sink.screens.back().lines[2], "Cloud: DANGER latched");
}

TEST(IndicatorDriver, GivenButtonPagesScreens_WhenLatched_ThenTheStatusScreenIsForced) {
    RecordingSink sink;
    IndicatorDriver driver(sink);
    const SensorSample sample = test::calmSample();
    driver.nextScreen();
    driver.refresh(0, stateFor(NodeStatus::Normal, OverrideState::None, &sample));
    EXPECT_EQ(sink.screens.back().lines[0], "Temperatures");
    driver.refresh(10, stateFor(NodeStatus::Danger, OverrideState::ReleasePending, &sample));
    EXPECT_EQ(sink.screens.back().lines[0], "BTR node-1");
    EXPECT_EQ(sink.screens.back().lines[3], "Press button=release");
}

TEST(IndicatorDriver, GivenFourPresses_ThenPagingWrapsToTheStatusScreen) {
    RecordingSink sink;
    IndicatorDriver driver(sink);
    for (int i = 0; i < kScreenCount; ++i) driver.nextScreen();
    EXPECT_EQ(driver.visibleScreen(stateFor(NodeStatus::Normal, OverrideState::None)), Screen::Status);
}

TEST(Screens, GivenSample_ThenPagesShowValuesAndMissingOnesAsDashes) {
    SensorSample s = test::calmSample();
    s.set(Channel::Humidity, NAN);
    const DisplayState st = stateFor(NodeStatus::Normal, OverrideState::None, &s);
    const ScreenText temps = buildScreen(Screen::Temperatures, st);
    EXPECT_EQ(temps.lines[1], "Cell   30.0 C");
    EXPECT_EQ(temps.lines[4], "RH     --");
    EXPECT_EQ(buildScreen(Screen::Gases, st).lines[1], "MQ-2  15.0");
    EXPECT_EQ(buildScreen(Screen::SmokeAndVoc, st).lines[1], "Smoke IR  120");
    const ScreenText status = buildScreen(Screen::Status, st);
    EXPECT_EQ(status.lines[4], "IP 192.168.4.1");
}

TEST(Screens, GivenNoSampleYet_ThenEveryPageRendersWithoutValues) {
    const DisplayState st = stateFor(NodeStatus::Normal, OverrideState::None, nullptr);
    for (int i = 0; i < kScreenCount; ++i) {
        const ScreenText t = buildScreen(static_cast<Screen>(i), st);
        for (const std::string& line : t.lines) EXPECT_LE(line.size(), kScreenColumns);
    }
}

TEST(Screens, GivenLongDeviceId_ThenLinesAreCutToTheDisplayWidth) {
    DisplayState st = stateFor(NodeStatus::Normal, OverrideState::None);
    st.deviceId = std::string(32, 'x');
    const ScreenText t = buildScreen(Screen::Status, st);
    EXPECT_EQ(t.lines[0].size(), kScreenColumns);
}
