/**
 * The workspace (home) folder: where the embedded database, models, uploads, plugins, logs and
 * {@code batterylab.properties} live. {@link io.batterylab.core.workspace.WorkspaceLocation#resolve} is the one rule
 * every part of BatteryLab (storage, ml, REST, CLIs, start scripts) uses to find it.
 */
package io.batterylab.core.workspace;
