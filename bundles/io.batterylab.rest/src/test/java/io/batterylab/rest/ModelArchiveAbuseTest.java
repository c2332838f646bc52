package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Archives that must not become a model version: each is a 4xx and leaves no row, no file, no spooled part. */
class ModelArchiveAbuseTest extends TrainingFixture {
    private static final String METADATA = "{\"format\":1,\"algorithmId\":\"example.ridge\",\"algorithmVersion\":\"1.0.0\","
            + "\"target\":\"RUL\",\"features\":[\"IR\"],\"settings\":{\"lambda\":1.0},"
            + "\"dataset\":{\"trainCells\":[1],\"validationCells\":[],\"testCells\":[]},\"cells\":[]}";

    @Test
    void givenEntryThatLeavesTheDirectory_whenImported_then422AndNothingStored() throws Exception {
        String token = userToken("alice");

        var r = postFile("/api/model-versions/import", token, "evil.zip",
                zip("model-version.json", METADATA, "../../../escaped.txt", "owned"));

        assertError(422, "archive_rejected", r);
        assertTrue(json(r).get("message").asText().contains("leaves the model directory"), r.body());
        assertNothingStored(token);
        assertTrue(Files.notExists(home.resolve("data").resolve("escaped.txt")));
    }

    @Test
    void givenArchiveOfTooManyEntries_whenImported_then422AndNothingStored() throws Exception {
        String token = userToken("alice");
        String[] entries = new String[2 * 1001];
        for (int i = 0; i < 1001; i++) {
            entries[2 * i] = "f" + i;
            entries[2 * i + 1] = "";
        }

        var r = postFile("/api/model-versions/import", token, "bomb.zip", zip(entries));

        assertError(422, "archive_rejected", r);
        assertTrue(json(r).get("message").asText().contains("more than 1000 entries"), r.body());
        assertNothingStored(token);
    }

    @Test
    void givenNotAnArchiveOrNoMetadata_whenImported_then422AndNothingStored() throws Exception {
        String token = userToken("alice");

        assertError(422, "archive_rejected", postFile("/api/model-versions/import", token, "a.zip",
                "not a zip".getBytes(StandardCharsets.UTF_8)));
        assertError(422, "archive_rejected", postFile("/api/model-versions/import", token, "a.zip",
                zip("weights.bin", "x")));
        assertError(422, "archive_rejected", postFile("/api/model-versions/import", token, "a.zip",
                zip("model-version.json", "{\"format\":")));
        assertError(422, "archive_rejected", postFile("/api/model-versions/import", token, "a.zip",
                zip("model-version.json", "{\"format\":7}")));
        assertNothingStored(token);
    }

    @Test
    void givenArchiveOverTheUploadLimit_whenImported_then413AndNothingStored() throws Exception {
        String token = userToken("alice");

        var r = postFile("/api/model-versions/import", token, "big.zip", new byte[(int) MAX_UPLOAD + 1]);

        assertError(413, "payload_too_large", r);
        assertNothingStored(token);
    }

    @Test
    void givenUnsafeFileNameOrNoFile_whenImported_then400() throws Exception {
        String token = userToken("alice");

        assertError(400, "invalid_file_name", postFile("/api/model-versions/import", token, "../m.zip",
                zip("model-version.json", METADATA)));
        assertNothingStored(token);
    }

    /** No model version listed, no file under the user's data, no spooled part. */
    @Override
    void assertNothingStored(String token) throws IOException, InterruptedException {
        assertEquals("{\"items\":[]}", get("/api/model-versions", token).body());
        super.assertNothingStored(token);
        Path data = home.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> all = Files.walk(data)) {
                assertEquals(0, all.filter(p -> p.getFileName().toString().startsWith(".incoming-")).count(),
                        "no incoming directory left");
            }
        }
    }

    /** A zip of name, content pairs. */
    static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
