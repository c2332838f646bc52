package io.batterylab.rest;

import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.service.UploadService;
import io.batterylab.core.service.UserService;
import io.batterylab.rest.auth.RevocationStore;

/**
 * The services the API serves: the same instances the workbench uses, no logic of their own here.
 *
 * @param training algorithms, training jobs and model versions, each of which may be absent
 */
public record RestServices(UserService users, BatteryService batteries, UploadService uploads, AnalysisService analysis,
        JobEvents events, RevocationStore revocations, TrainingServices training) {
}
