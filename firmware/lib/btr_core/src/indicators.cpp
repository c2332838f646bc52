#include "indicators.h"

#include <cmath>
#include <cstdio>

namespace btr {

namespace {

const Rgb kGreen{0, 160, 0};
const Rgb kAmber{200, 110, 0};
const Rgb kRed{220, 0, 0};
const Rgb kBlue{0, 0, 220};

std::string fit(const std::string& text) { return text.size() > kScreenColumns ? text.substr(0, kScreenColumns) : text; }

std::string valueLine(const char* label, const SensorSample* sample, Channel channel, const char* unit, int decimals) {
    char buffer[48];
    if (sample == nullptr || !sample->has(channel)) {
        std::snprintf(buffer, sizeof buffer, "%s --", label);
    } else {
        std::snprintf(buffer, sizeof buffer, "%s %.*f%s", label, decimals, static_cast<double>(sample->get(channel)),
                      unit);
    }
    return fit(buffer);
}

}  // namespace

IndicatorPlan planIndicators(NodeStatus effective, OverrideState override) {
    switch (override) {
        case OverrideState::DangerLatched: return {kRed, kRed, BuzzerPattern::Continuous};
        case OverrideState::ReleasePending: return {kRed, kBlue, BuzzerPattern::Continuous};
        case OverrideState::None:
        case OverrideState::Warning: break;
    }
    switch (effective) {
        case NodeStatus::Normal: return {kGreen, kGreen, BuzzerPattern::Off};
        case NodeStatus::Warning: return {kAmber, kAmber, BuzzerPattern::SlowBeep};
        case NodeStatus::Danger: return {kRed, kRed, BuzzerPattern::FastBeep};
    }
    return {kGreen, kGreen, BuzzerPattern::Off};
}

bool buzzerOnAt(BuzzerPattern pattern, std::uint32_t nowMs) {
    switch (pattern) {
        case BuzzerPattern::Off: return false;
        case BuzzerPattern::SlowBeep: return nowMs % 2000u < 150u;
        case BuzzerPattern::FastBeep: return nowMs % 500u < 250u;
        case BuzzerPattern::Continuous: return true;
    }
    return false;
}

Rgb ledColourAt(const IndicatorPlan& plan, std::uint32_t nowMs) {
    return (nowMs % 1000u < 500u) ? plan.led : plan.blinkLed;
}

bool ScreenText::operator==(const ScreenText& o) const {
    for (std::size_t i = 0; i < kScreenLines; ++i) {
        if (lines[i] != o.lines[i]) return false;
    }
    return true;
}

ScreenText buildScreen(Screen screen, const DisplayState& state) {
    ScreenText text;
    const SensorSample* s = state.sample;
    switch (screen) {
        case Screen::Status: {
            text.lines[0] = fit("BTR " + (state.deviceId.empty() ? std::string("(legacy)") : state.deviceId));
            text.lines[1] = fit(std::string("Status: ") + statusName(state.effective));
            if (state.override == OverrideState::ReleasePending) {
                text.lines[2] = "Cloud: normal";
                text.lines[3] = "Press button=release";
            } else if (state.override == OverrideState::DangerLatched) {
                text.lines[2] = "Cloud: DANGER latched";
            } else if (state.override == OverrideState::Warning) {
                text.lines[2] = "Cloud: warning";
            } else {
                text.lines[2] = fit(std::string("Local: ") + statusName(state.local));
            }
            text.lines[4] = fit("IP " + (state.ipAddress.empty() ? std::string("--") : state.ipAddress));
            text.lines[5] = fit(std::string("MQTT ") + (state.mqttConnected ? "ok" : "--") +
                                (state.accessPointOpen ? "  AP open" : ""));
            break;
        }
        case Screen::Temperatures:
            text.lines[0] = "Temperatures";
            text.lines[1] = valueLine("Cell  ", s, Channel::TempInternal, " C", 1);
            text.lines[2] = valueLine("Amb.  ", s, Channel::TempAmbient, " C", 1);
            text.lines[3] = valueLine("Smoke ", s, Channel::Max30105Temp, " C", 1);
            text.lines[4] = valueLine("RH    ", s, Channel::Humidity, " %", 1);
            break;
        case Screen::Gases:
            text.lines[0] = "Gas (ppm)";
            text.lines[1] = valueLine("MQ-2 ", s, Channel::Mq2, "", 1);
            text.lines[2] = valueLine("MQ-4 ", s, Channel::Mq4, "", 1);
            text.lines[3] = valueLine("MQ-7 ", s, Channel::Mq7, "", 1);
            text.lines[4] = valueLine("MQ-8 ", s, Channel::Mq8, "", 1);
            break;
        case Screen::SmokeAndVoc:
            text.lines[0] = "Smoke / VOC";
            text.lines[1] = valueLine("Smoke IR ", s, Channel::Max30105Smoke, "", 0);
            text.lines[2] = valueLine("VOC index", s, Channel::VocIndex, "", 0);
            break;
    }
    return text;
}

Screen IndicatorDriver::visibleScreen(const DisplayState& state) const {
    if (state.override == OverrideState::DangerLatched || state.override == OverrideState::ReleasePending) {
        return Screen::Status;
    }
    return static_cast<Screen>(screen_);
}

void IndicatorDriver::nextScreen() { screen_ = (screen_ + 1) % kScreenCount; }

void IndicatorDriver::refresh(std::uint32_t nowMs, const DisplayState& state) {
    const IndicatorPlan plan = planIndicators(state.effective, state.override);
    const Rgb led = ledColourAt(plan, nowMs);
    const bool buzzer = buzzerOnAt(plan.buzzer, nowMs);
    const ScreenText screen = buildScreen(visibleScreen(state), state);

    if (!started_ || led != lastLed_) sink_.setLed(led);
    if (!started_ || buzzer != lastBuzzer_) sink_.setBuzzer(buzzer);
    if (!started_ || screen != lastScreen_) sink_.showScreen(screen);
    started_ = true;
    lastLed_ = led;
    lastBuzzer_ = buzzer;
    lastScreen_ = screen;
}

}  // namespace btr
