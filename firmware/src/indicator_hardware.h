// IndicatorSink on the real parts: WS2812 LED, active buzzer, SSD1306 OLED.
#pragma once

#include "indicators.h"

namespace fw {

class HardwareIndicators : public btr::IndicatorSink {
public:
    void begin();
    void setLed(btr::Rgb colour) override;
    void setBuzzer(bool on) override;
    void showScreen(const btr::ScreenText& text) override;

private:
    bool oledOk_ = false;
};

}  // namespace fw
