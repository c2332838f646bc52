package io.batterylab.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.plugin.DeviceStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelVerdictTest {
    @Test
    void givenRandomAssessmentsWithGaps_whenJudgedFromTheArray_thenSameVerdictAsFromTheMapOfIds() {
        Random random = new Random(13);
        DeviceStatus[] statuses = DeviceStatus.values();
        for (int round = 0; round < 10_000; round++) {
            int detectors = 1 + random.nextInt(5);
            List<String> ids = new ArrayList<>();
            Assessment[] assessments = new Assessment[detectors];
            Map<String, Assessment> byId = new LinkedHashMap<>();
            for (int d = 0; d < detectors; d++) {
                ids.add("detector-" + d);
                if (random.nextInt(4) > 0) {
                    double risk = random.nextInt(10) == 0 ? random.nextInt(2) : random.nextDouble();
                    assessments[d] = new Assessment(risk, statuses[random.nextInt(statuses.length)]);
                    byId.put(ids.get(d), assessments[d]);
                }
            }

            ModelVerdict fromArray = ModelVerdict.of(ids, assessments);

            ModelVerdict fromMap = ModelVerdict.of(byId);
            assertEquals(fromMap.status(), fromArray.status(), "round " + round);
            assertEquals(Double.doubleToRawLongBits(fromMap.risk()), Double.doubleToRawLongBits(fromArray.risk()),
                    "round " + round);
            assertEquals(fromMap.alarmingDetectors(), fromArray.alarmingDetectors(), "round " + round);
        }
    }
}
