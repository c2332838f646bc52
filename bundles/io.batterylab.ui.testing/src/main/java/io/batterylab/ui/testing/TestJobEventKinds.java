package io.batterylab.ui.testing;

import io.batterylab.core.service.JobEvent;

/** Test and training job ids overlap on the event bus: test jobs' events carry {@code "job": "test-job"}. */
final class TestJobEventKinds {
    static final String TEST_JOB = "test-job";

    private TestJobEventKinds() {
    }

    static boolean isTestJob(JobEvent event) {
        return TEST_JOB.equals(event.data().get("job"));
    }
}
