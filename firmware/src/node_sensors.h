// Reads every sensor of the node into one SensorSample. A sensor that is
// missing or reports an error yields NaN for its channels (sent as null,
// never counted as beyond a threshold), so one broken sensor does not stop
// the others from being monitored.
#pragma once

#include <cstdint>

#include "sensor_sample.h"

namespace fw {

class NodeSensors {
public:
    void begin();
    // Called at 2 Hz; the SGP41 is read on the ticks its algorithm is due.
    btr::SensorSample read(std::uint32_t nowMs);

private:
    void readRtd(btr::SensorSample& s);
    void readSht4x(btr::SensorSample& s);
    void readSgp41(btr::SensorSample& s);
    void readMax30105(btr::SensorSample& s);
    void readGas(btr::SensorSample& s);

    bool sht4xOk_ = false;
    bool sgp41Ok_ = false;
    bool max30105Ok_ = false;
    float lastHumidity_ = NAN;  // SGP41 compensation; NaN: the sensor's defaults
    float lastAmbient_ = NAN;
};

}  // namespace fw
