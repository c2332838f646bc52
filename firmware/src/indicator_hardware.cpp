#include "indicator_hardware.h"

#include <Adafruit_GFX.h>
#include <Adafruit_NeoPixel.h>
#include <Adafruit_SSD1306.h>
#include <Arduino.h>
#include <Wire.h>

#include "pins.h"

namespace fw {

namespace {

Adafruit_NeoPixel pixel(1, PIN_WS2812, NEO_GRB + NEO_KHZ800);
Adafruit_SSD1306 oled(OLED_WIDTH, OLED_HEIGHT, &Wire, -1);

}  // namespace

void HardwareIndicators::begin() {
    pinMode(PIN_BUZZER, OUTPUT);
    digitalWrite(PIN_BUZZER, LOW);
    pixel.begin();
    pixel.clear();
    pixel.show();
    // Wire is started by NodeSensors::begin(); call that first.
    oledOk_ = oled.begin(SSD1306_SWITCHCAPVCC, OLED_I2C_ADDRESS);
    if (oledOk_) {
        oled.clearDisplay();
        oled.setTextSize(1);
        oled.setTextColor(SSD1306_WHITE);
        oled.display();
    }
}

void HardwareIndicators::setLed(btr::Rgb colour) {
    pixel.setPixelColor(0, pixel.Color(colour.r, colour.g, colour.b));
    pixel.show();
}

void HardwareIndicators::setBuzzer(bool on) { digitalWrite(PIN_BUZZER, on ? HIGH : LOW); }

void HardwareIndicators::showScreen(const btr::ScreenText& text) {
    if (!oledOk_) return;
    oled.clearDisplay();
    for (std::size_t i = 0; i < btr::kScreenLines; ++i) {
        oled.setCursor(0, static_cast<int16_t>(i * 10));
        oled.print(text.lines[i].c_str());
    }
    oled.display();
}

}  // namespace fw
