// The wiring table in README.md is what people solder by; it must say what
// include/pins.h says.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "pins.h"

namespace {

std::string readmeRow(const std::string& partPrefix) {
    std::ifstream in(BTR_README_PATH);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("| " + partPrefix, 0) == 0) return line;
    }
    return "";
}

std::string cell(int a) { return "| " + std::to_string(a) + " |"; }
std::string cell(int a, int b) { return "| " + std::to_string(a) + " / " + std::to_string(b) + " |"; }

}  // namespace

TEST(ReadmePinTable, GivenPinsHeader_ThenEveryReadmeRowNamesTheSamePins) {
    const std::pair<std::string, std::string> rows[] = {
        {"I2C bus", cell(PIN_I2C_SDA, PIN_I2C_SCL)},
        {"SHT4x", cell(PIN_I2C_SDA, PIN_I2C_SCL)},
        {"SSD1306", cell(PIN_I2C_SDA, PIN_I2C_SCL)},
        {"MAX31865", "| " + std::to_string(PIN_MAX31865_CS) + " / " + std::to_string(PIN_SPI_MOSI) + " / " +
                         std::to_string(PIN_SPI_SCK) + " / " + std::to_string(PIN_SPI_MISO) + " |"},
        {"MQ-2", cell(PIN_MQ2_ADC)},
        {"MQ-4", cell(PIN_MQ4_ADC)},
        {"MQ-7", cell(PIN_MQ7_ADC)},
        {"MQ-8", cell(PIN_MQ8_ADC)},
        {"buzzer", cell(PIN_BUZZER)},
        {"release button", cell(PIN_BUTTON)},
        {"WS2812", cell(PIN_WS2812)},
    };
    for (const auto& [part, pins] : rows) {
        const std::string row = readmeRow(part);
        ASSERT_FALSE(row.empty()) << "no README row for " << part;
        EXPECT_NE(row.find(pins), std::string::npos) << part << ": expected " << pins << " in\n" << row;
    }
}
