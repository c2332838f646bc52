package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.ImportLimits;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** XLSX uploads over HTTP: a valid one is stored; one past the row limit or with an external entity is a plain 422. */
class XlsxUploadTest extends RestFixture {
    private static final int MAX_ROWS = 2_000;

    @Override
    ImportLimits importLimits() {
        return new ImportLimits(MAX_UPLOAD, MAX_ROWS);
    }

    @Test
    void givenAWorkbookWithinTheLimits_whenUploaded_then201() throws Exception {
        String token = userToken("excel");
        Path file = MinimalXlsx.write(home.resolve("ok.xlsx"), 100, MinimalXlsx.PROLOG);

        HttpResponse<String> r = upload(token, "ok.xlsx", Files.readAllBytes(file));

        assertEquals(201, r.statusCode(), r.body());
        assertEquals(100, json(r).get("rowCount").asInt());
    }

    @Test
    void givenAWorkbookPastTheRowLimit_whenUploaded_then422NamingTheLimitAndNothingStored() throws Exception {
        String token = userToken("bulk");
        Path file = MinimalXlsx.write(home.resolve("bulk.xlsx"), 3 * MAX_ROWS, MinimalXlsx.PROLOG);

        HttpResponse<String> r = upload(token, "bulk.xlsx", Files.readAllBytes(file));

        assertError(422, "upload_rejected", r);
        assertEquals("row 2002: more than 2000 data rows, the import limit", json(r).get("message").asText());
        assertNothingStored(token);
    }

    @Test
    void givenAWorkbookWithAnExternalEntity_whenUploaded_then422InPlainWordsAndOneLogLineWithoutStackTrace()
            throws Exception {
        String token = userToken("xxe");
        Path file = MinimalXlsx.write(home.resolve("xxe.xlsx"), 3, MinimalXlsx.PROLOG
                + "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>");
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Logger log = Logger.getLogger("io.batterylab.source.xlsx.FirstSheetReader");
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        log.addHandler(capture);
        HttpResponse<String> r;
        try {
            r = upload(token, "xxe.xlsx", Files.readAllBytes(file));
        } finally {
            log.removeHandler(capture);
        }

        assertError(422, "upload_rejected", r);
        String message = json(r).get("message").asText();
        assertTrue(message.startsWith("the workbook's XML declares a DOCTYPE"), message);
        assertFalse(message.contains("http") || message.contains("Exception") || message.contains("passwd"), message);
        assertEquals(1, logged.size(), "one log line");
        assertEquals(Level.WARNING, logged.get(0).getLevel());
        assertNull(logged.get(0).getThrown(), "no stack trace");
        assertFalse(logged.get(0).getMessage().contains("\n"));
        assertNothingStored(token);
    }
}
