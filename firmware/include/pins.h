// Pin assignment of the BatteryLab node on an ESP32-S3-DevKitM-1.
// Keep in sync with the wiring table in README.md.
//
// Why these pins: the MQ sensors need ADC1 (ADC2 is unusable while Wi-Fi is
// on); GPIO 8/9 are the S3's default I2C pins; GPIO 48 drives the board's own
// WS2812; strapping pins (0, 3, 45, 46) and the USB pins (19, 20) are avoided.
#pragma once

// I2C bus: SHT4x (0x44), SGP41 (0x59), MAX30105 (0x57), SSD1306 OLED (0x3C)
constexpr int PIN_I2C_SDA = 8;
constexpr int PIN_I2C_SCL = 9;

// MAX31865 RTD amplifier (PT100 on the cell), software SPI
constexpr int PIN_MAX31865_CS = 10;
constexpr int PIN_SPI_MOSI = 11;
constexpr int PIN_SPI_SCK = 12;
constexpr int PIN_SPI_MISO = 13;

// MQ gas sensors, analog out through a 10k/20k divider (5 V -> 3.3 V), ADC1
constexpr int PIN_MQ2_ADC = 4;  // ADC1_CH3
constexpr int PIN_MQ4_ADC = 5;  // ADC1_CH4
constexpr int PIN_MQ7_ADC = 6;  // ADC1_CH5
constexpr int PIN_MQ8_ADC = 7;  // ADC1_CH6

// Indicators and the release button
constexpr int PIN_BUZZER = 16;   // active buzzer via NPN transistor, HIGH = sound
constexpr int PIN_BUTTON = 17;   // push button to GND, internal pull-up
constexpr int PIN_WS2812 = 48;   // on-board RGB LED of the DevKitM-1

constexpr int OLED_I2C_ADDRESS = 0x3C;
constexpr int OLED_WIDTH = 128;
constexpr int OLED_HEIGHT = 64;
