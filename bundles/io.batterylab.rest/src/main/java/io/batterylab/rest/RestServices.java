package io.batterylab.rest;

import io.batterylab.core.service.AnalysisService;
import io.batterylab.core.service.BatteryService;
import io.batterylab.core.service.ExportService;
import io.batterylab.core.service.JobEvents;
import io.batterylab.core.service.UploadService;
import io.batterylab.core.service.UserService;
import io.batterylab.monitor.MonitorService;
import io.batterylab.plugins.PluginCatalog;
import io.batterylab.rest.auth.RevocationStore;
import java.util.function.Supplier;

/**
 * The services the API serves: the same instances the workbench uses, no logic of their own here.
 *
 * @param training algorithms, training jobs and model versions, each of which may be absent
 * @param exports the export service as it is now; gives null while it is not installed
 * @param plugins the plugin catalogue, looked up per request; gives null while it is absent
 * @param monitor the live monitor, looked up per request; gives null while monitoring is off
 */
public record RestServices(UserService users, BatteryService batteries, UploadService uploads, AnalysisService analysis,
        JobEvents events, RevocationStore revocations, TrainingServices training, Supplier<ExportService> exports,
        Supplier<PluginCatalog> plugins, Supplier<MonitorService> monitor) {

    /** Without the live monitor (its routes answer 503). */
    public RestServices(UserService users, BatteryService batteries, UploadService uploads, AnalysisService analysis,
            JobEvents events, RevocationStore revocations, TrainingServices training, Supplier<ExportService> exports,
            Supplier<PluginCatalog> plugins) {
        this(users, batteries, uploads, analysis, events, revocations, training, exports, plugins, () -> null);
    }

    /** Without exports, plugin catalogue and monitor (their routes answer 503). */
    public RestServices(UserService users, BatteryService batteries, UploadService uploads, AnalysisService analysis,
            JobEvents events, RevocationStore revocations, TrainingServices training) {
        this(users, batteries, uploads, analysis, events, revocations, training, () -> null, () -> null);
    }
}
