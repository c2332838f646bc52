package io.batterylab.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.Exporter;
import io.batterylab.core.plugin.ExporterRegistry;
import io.batterylab.core.service.ExportFormat;
import io.batterylab.core.service.ExportService;
import io.batterylab.test.support.DetailReports;
import io.batterylab.test.support.Services;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped exporters as DS components in Equinox: each is found through the registry and writes a report there
 * (POI's streaming workbook included, with the wrapped libraries it needs at run time), and the export service lists
 * them as formats.
 */
class ExportersTest {

    @Test
    void givenTheExporterBundles_whenStarted_thenTheRegistryAndTheExportServiceOfferCsvXlsxAndHtml() throws Exception {
        ExporterRegistry registry = Services.await(ExporterRegistry.class);
        ExportService exports = Services.await(ExportService.class);

        assertEquals(List.of("csv", "html", "xlsx"), exports.formats().stream().map(ExportFormat::id).sorted().toList());
        for (String id : List.of("csv", "xlsx", "html")) {
            Exporter exporter = registry.find(id).orElseThrow(() -> new AssertionError(id + " is not registered"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.export(DetailReports.of(2000), out);
            assertTrue(out.size() > 10_000, id + " wrote " + out.size() + " bytes");
        }
    }
}
