// LED, buzzer and OLED follow the node's status through IndicatorSink, which
// the board implements with the WS2812, the buzzer pin and the SSD1306 (and
// the tests with a recorder).
//
//   NORMAL            green,  buzzer off
//   WARNING           amber,  short beep every 2 s
//   DANGER (local)    red,    fast beeping
//   DANGER (cloud)    red,    continuous tone until released
//   release pending   red/blue blinking (press the button), tone continues
#pragma once

#include <cstdint>
#include <string>

#include "cloud_override.h"
#include "sensor_sample.h"
#include "status_rule.h"

namespace btr {

struct Rgb {
    std::uint8_t r, g, b;
    bool operator==(const Rgb& o) const { return r == o.r && g == o.g && b == o.b; }
    bool operator!=(const Rgb& o) const { return !(*this == o); }
};

enum class BuzzerPattern { Off, SlowBeep, FastBeep, Continuous };

struct IndicatorPlan {
    Rgb led;
    Rgb blinkLed;  // alternate colour; equal to led when not blinking
    BuzzerPattern buzzer;
};

IndicatorPlan planIndicators(NodeStatus effective, OverrideState override);
bool buzzerOnAt(BuzzerPattern pattern, std::uint32_t nowMs);
Rgb ledColourAt(const IndicatorPlan& plan, std::uint32_t nowMs);

// Text of one OLED page: 128x64 at the 6x8 font is 21 columns by 8 rows.
constexpr std::size_t kScreenLines = 6;
constexpr std::size_t kScreenColumns = 21;
struct ScreenText {
    std::string lines[kScreenLines];
    bool operator==(const ScreenText& o) const;
    bool operator!=(const ScreenText& o) const { return !(*this == o); }
};

enum class Screen { Status = 0, Temperatures, Gases, SmokeAndVoc };
constexpr int kScreenCount = 4;

struct DisplayState {
    NodeStatus effective = NodeStatus::Normal;
    NodeStatus local = NodeStatus::Normal;
    OverrideState override = OverrideState::None;
    const SensorSample* sample = nullptr;  // newest sample, may be null at boot
    std::string deviceId;
    std::string ipAddress;                 // empty when not connected
    bool accessPointOpen = false;
    bool mqttConnected = false;
};

ScreenText buildScreen(Screen screen, const DisplayState& state);

class IndicatorSink {
public:
    virtual ~IndicatorSink() = default;
    virtual void setLed(Rgb colour) = 0;
    virtual void setBuzzer(bool on) = 0;
    virtual void showScreen(const ScreenText& text) = 0;
};

// Writes to the sink only on change: the WS2812 and the I2C OLED are slow,
// and refresh() is called from every pass of the main loop.
class IndicatorDriver {
public:
    explicit IndicatorDriver(IndicatorSink& sink) : sink_(sink) {}

    void refresh(std::uint32_t nowMs, const DisplayState& state);
    // Button press that the override did not need: next OLED page.
    void nextScreen();
    // While DANGER is latched the status page is forced: the operator has to
    // see why the node is loud and how to release it.
    Screen visibleScreen(const DisplayState& state) const;

private:
    IndicatorSink& sink_;
    int screen_ = 0;
    bool started_ = false;
    Rgb lastLed_{0, 0, 0};
    bool lastBuzzer_ = false;
    ScreenText lastScreen_;
};

}  // namespace btr
