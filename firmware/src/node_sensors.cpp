#include "node_sensors.h"

#include <Adafruit_MAX31865.h>
#include <Arduino.h>
#include <MAX30105.h>
#include <SensirionI2CSgp41.h>
#include <SensirionI2cSht4x.h>
#include <Wire.h>

#include "firmware_defaults.h"
#include "gas_sensor.h"
#include "pins.h"
#include "sensirion_voc_algorithm.h"
#include "voc_index.h"

namespace fw {

namespace {

Adafruit_MAX31865 rtd(PIN_MAX31865_CS, PIN_SPI_MOSI, PIN_SPI_MISO, PIN_SPI_SCK);
SensirionI2cSht4x sht4x;
SensirionI2CSgp41 sgp41;
MAX30105 particle;
SensirionVocAlgorithm vocAlgorithm;
btr::VocIndexChannel vocChannel(vocAlgorithm);

// The SGP41 commands with the latest SHT4x reading as compensation.
class Sgp41RawSensor final : public btr::VocRawSensor {
public:
    Sgp41RawSensor(float humidity, float ambient) : compensation_(btr::sgp41Compensation(humidity, ambient)) {}

    bool executeConditioning(std::uint16_t& srawVoc) override {
        return sgp41.executeConditioning(compensation_.relativeHumidityTicks, compensation_.temperatureTicks, srawVoc) == 0;
    }
    bool measureRawSignals(std::uint16_t& srawVoc) override {
        std::uint16_t srawNox = 0;  // the node has no NOx channel
        return sgp41.measureRawSignals(compensation_.relativeHumidityTicks, compensation_.temperatureTicks, srawVoc,
                                       srawNox) == 0;
    }

private:
    btr::Sgp41Compensation compensation_;
};

const btr::GasSensorConfig kMq2 = mq2Config();
const btr::GasSensorConfig kMq4 = mq4Config();
const btr::GasSensorConfig kMq7 = mq7Config();
const btr::GasSensorConfig kMq8 = mq8Config();

// The ESP32 ADC is noisy; 8 readings take ~100 us.
std::uint16_t averagedAdc(int pin) {
    std::uint32_t sum = 0;
    for (int i = 0; i < 8; ++i) sum += analogRead(pin);
    return static_cast<std::uint16_t>(sum / 8);
}

}  // namespace

void NodeSensors::begin() {
    Wire.begin(PIN_I2C_SDA, PIN_I2C_SCL);
    analogReadResolution(12);
    analogSetAttenuation(ADC_11db);  // ~0..3.1 V

    rtd.begin(MAX31865_2WIRE);

    sht4x.begin(Wire, SHT40_I2C_ADDR_44);
    float t = 0, h = 0;
    sht4xOk_ = sht4x.measureHighPrecision(t, h) == 0;

    sgp41.begin(Wire);
    uint16_t serial[3] = {0, 0, 0};
    sgp41Ok_ = sgp41.getSerialNumber(serial) == 0;

    max30105Ok_ = particle.begin(Wire, I2C_SPEED_FAST);
    if (max30105Ok_) {
        particle.setup();                // SparkFun defaults: all LEDs, 400 Hz, 18-bit
        particle.enableDIETEMPRDY();     // needed for readTemperature()
    }
    Serial.printf("sensors: SHT4x %s, SGP41 %s, MAX30105 %s\n", sht4xOk_ ? "ok" : "MISSING",
                  sgp41Ok_ ? "ok" : "MISSING", max30105Ok_ ? "ok" : "MISSING");
}

btr::SensorSample NodeSensors::read(std::uint32_t nowMs) {
    btr::SensorSample s;  // all NaN until read
    s.timestampMs = nowMs;
    readRtd(s);
    readSht4x(s);
    readSgp41(s);
    readMax30105(s);
    readGas(s);
    return s;
}

void NodeSensors::readRtd(btr::SensorSample& s) {
    const float celsius = rtd.temperature(kRtdNominalOhm, kRtdReferenceOhm);
    if (rtd.readFault() != 0) {
        rtd.clearFault();  // open or shorted PT100: report it missing
        return;
    }
    s.set(btr::Channel::TempInternal, celsius);
}

void NodeSensors::readSht4x(btr::SensorSample& s) {
    if (!sht4xOk_) return;
    float t = 0, h = 0;
    if (sht4x.measureHighPrecision(t, h) != 0) return;
    s.set(btr::Channel::TempAmbient, t);
    s.set(btr::Channel::Humidity, h);
    lastAmbient_ = t;
    lastHumidity_ = h;
}

void NodeSensors::readSgp41(btr::SensorSample& s) {
    if (!sgp41Ok_) return;  // missing sensor: null
    Sgp41RawSensor sensor(lastHumidity_, lastAmbient_);
    s.set(btr::Channel::VocIndex, vocChannel.update(s.timestampMs, sensor));
}

void NodeSensors::readMax30105(btr::SensorSample& s) {
    if (!max30105Ok_) return;
    // Reflected IR rises with smoke particles in front of the sensor.
    s.set(btr::Channel::Max30105Smoke, static_cast<float>(particle.getIR()));
    s.set(btr::Channel::Max30105Temp, particle.readTemperature());
}

void NodeSensors::readGas(btr::SensorSample& s) {
    s.set(btr::Channel::Mq2, btr::gasPpmFromAdc(kMq2, averagedAdc(PIN_MQ2_ADC)));
    s.set(btr::Channel::Mq4, btr::gasPpmFromAdc(kMq4, averagedAdc(PIN_MQ4_ADC)));
    s.set(btr::Channel::Mq7, btr::gasPpmFromAdc(kMq7, averagedAdc(PIN_MQ7_ADC)));
    s.set(btr::Channel::Mq8, btr::gasPpmFromAdc(kMq8, averagedAdc(PIN_MQ8_ADC)));
}

}  // namespace fw
