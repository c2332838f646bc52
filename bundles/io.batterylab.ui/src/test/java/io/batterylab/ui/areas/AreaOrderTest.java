package io.batterylab.ui.areas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AreaOrderTest {
    @Test
    void givenAreasInContributionOrderWhenSortedThenDataAnalysisTrainingModelsTestingMonitoringThenUnknown() {
        List<String> contributed = List.of("io.batterylab.ui.testing.perspective", "other.perspective",
                "io.batterylab.app.perspective.data", "io.batterylab.ui.models.perspective",
                "io.batterylab.ui.monitoring.perspective",
                "io.batterylab.ui.analysis.perspective", "io.batterylab.ui.training.perspective");

        List<String> sorted = AreaOrder.sort(contributed, Function.identity());

        assertEquals(List.of("io.batterylab.app.perspective.data", "io.batterylab.ui.analysis.perspective",
                "io.batterylab.ui.training.perspective", "io.batterylab.ui.models.perspective",
                "io.batterylab.ui.testing.perspective", "io.batterylab.ui.monitoring.perspective", "other.perspective"),
                sorted);
    }

    @Test
    void givenPerspectiveIdsWhenReadThenTheAreaName() {
        assertEquals("analysis", AreaOrder.area("io.batterylab.ui.analysis.perspective"));
        assertEquals("data", AreaOrder.area("io.batterylab.app.perspective.data"));
        assertNull(AreaOrder.area("org.example.perspective"));
    }
}
