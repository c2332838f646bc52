package io.batterylab.core.service;

/** A format an export can be made in: one installed {@link io.batterylab.core.plugin.Exporter}. */
public record ExportFormat(String id, String displayName, String fileExtension, String mediaType) {
}
