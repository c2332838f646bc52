package io.batterylab.rest.resources;

import io.batterylab.core.service.ExportFormat;
import io.batterylab.core.service.ExportRecord;
import java.util.List;

/** The JSON shapes of the export routes. */
public final class ExportDto {
    private ExportDto() {
    }

    /**
     * What to export: an item of a report source kind in a format.
     *
     * @param sourceKind e.g. {@code training-job} or {@code test-job} (see {@code GET /api/exporters})
     * @param sourceId the item's id
     * @param format an exporter id or file extension, e.g. {@code xlsx}, {@code html}, {@code csv}
     */
    public record ExportForm(String sourceKind, Long sourceId, String format) {
    }

    public record ExportView(long id, String sourceKind, long sourceId, String format, String fileExtension,
            String mediaType, String fileName, long sizeBytes, String createdAt, String download) {
        static ExportView of(ExportRecord e) {
            return new ExportView(e.id(), e.sourceKind(), e.sourceId(), e.format(), e.fileExtension(), e.mediaType(),
                    e.fileName(), e.sizeBytes(), String.valueOf(e.createdAt()), "/api/exports/" + e.id() + "/file");
        }
    }

    public record ExportList(List<ExportView> items) {
    }

    /** The installed formats and the kinds of item that can be exported. */
    public record ExporterList(List<ExportFormat> items, List<String> sourceKinds) {
    }
}
