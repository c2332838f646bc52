package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.batterylab.analysis.DefaultAnalysisService;
import io.batterylab.core.plugin.DataSource;
import io.batterylab.core.plugin.DataSourceRegistry;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.data.DefaultUploadService;
import io.batterylab.events.InMemoryJobEvents;
import io.batterylab.plugins.PluginCatalog;
import io.batterylab.registry.DynamicRegistry;
import io.batterylab.rest.auth.JdbcRevocationStore;
import io.batterylab.rest.stream.StreamLimits;
import io.batterylab.test.support.MutableClock;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcBatteryService;
import io.batterylab.storage.JdbcBatteryStore;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real REST server on a free loopback port over the real services: storage on an embedded H2 database in a
 * temporary workspace, uploads through the shipped CSV data source, the analysis service and the event bus. Only
 * the clock is the test's, so that token expiry can be tested without waiting.
 */
abstract class RestFixture {
    static final String PASSWORD = "correct horse battery";
    static final String SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
    static final long MAX_UPLOAD = 256 * 1024;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    Database database;
    InMemoryJobEvents events;
    MutableClock clock;
    BatteryLabRestServer server;
    HttpClient http;
    String base;

    @BeforeEach
    void startServer() throws Exception {
        database = Database.open(StorageConfig.embedded(home));
        events = new InMemoryJobEvents();
        clock = new MutableClock(Instant.now());
        server = newServer();
        base = "http://127.0.0.1:" + server.start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.stop();
        database.close();
    }

    /** A server over this fixture's database, e.g. to show that something survives a restart. */
    BatteryLabRestServer newServer() throws Exception {
        var pool = database.dataSource();
        var batteries = new JdbcBatteryService(pool);
        RestServices services = new RestServices(new JdbcUserService(pool, new PasswordHasher(4)), batteries,
                new DefaultUploadService(shippedSources(), new JdbcBatteryStore(pool), database.config(), importLimits()),
                new DefaultAnalysisService(batteries), events, new JdbcRevocationStore(pool, clock), training(),
                exports(), this::plugins, monitor());
        RestConfig config = new RestConfig("127.0.0.1", 0, SECRET, Duration.ofHours(1), false, 64 * 1024, MAX_UPLOAD,
                home.resolve("tmp").resolve("rest-uploads"), minRequestRate(), streamLimits());
        return new BatteryLabRestServer(services, config, clock);
    }

    /** Algorithms, training jobs and model versions: none here, as on a server without training installed. */
    TrainingServices training() throws Exception {
        return TrainingServices.none();
    }

    /** The export service: none here, as on a server without exports installed. */
    java.util.function.Supplier<io.batterylab.core.service.ExportService> exports() throws Exception {
        return () -> null;
    }

    /** The live monitor: none here, as on a server with mqtt.broker=off. */
    java.util.function.Supplier<io.batterylab.monitor.MonitorService> monitor() {
        return () -> null;
    }

    /** The plugin catalogue: none here, as on a server without the plugins bundle. */
    PluginCatalog plugins() {
        return null;
    }

    /** The default stream limits with a quick heartbeat, so that tests see it without waiting 15 s. */
    StreamLimits streamLimits() {
        return StreamLimits.defaults().withHeartbeat(Duration.ofMillis(500));
    }

    /** The slowest request body the server accepts; the product's default unless a test needs its own. */
    RestConfig.MinimumRate minRequestRate() {
        return RestConfig.MinimumRate.defaults();
    }

    /** What the upload service accepts; a test of the limits sets its own. */
    ImportLimits importLimits() {
        return new ImportLimits(MAX_UPLOAD, 100_000);
    }

    /** The shipped CSV and XLSX data sources; they are not imported by this bundle, so they are created by name. */
    static DataSourceRegistry shippedSources() throws ReflectiveOperationException {
        final class Registry extends DynamicRegistry<DataSource> implements DataSourceRegistry {
            Registry() {
                super("data source");
            }
        }
        Registry registry = new Registry();
        created(DataSource.class, "io.batterylab.source.csv.internal.CsvDataSource",
                "io.batterylab.source.xlsx.XlsxDataSource").forEach(registry::add);
        return registry;
    }

    /** Plugins of bundles this one does not import, created by class name with their no-argument constructors. */
    static <T> List<T> created(Class<T> kind, String... classNames) throws ReflectiveOperationException {
        List<T> plugins = new java.util.ArrayList<>();
        for (String name : classNames) {
            plugins.add(kind.cast(Class.forName(name).getDeclaredConstructor().newInstance()));
        }
        return plugins;
    }

    // --- HTTP helpers -------------------------------------------------------------------------------------------

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET().build());
    }

    HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).DELETE().build());
    }

    HttpResponse<String> postJson(String path, String token, String body) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> upload(String token, String fileName, byte[] content) throws IOException, InterruptedException {
        return postFile("/api/uploads", token, fileName, content);
    }

    /** Posts a multipart form with one file part named {@code file}. */
    HttpResponse<String> postFile(String path, String token, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String boundary = "----batterylab" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** Requests the event stream on a connection of its own from the client address; the answer is left unread. */
    RawHttpConnection requestEvents(String token, String fromAddress) throws IOException {
        RawHttpConnection connection = new RawHttpConnection(base, fromAddress, 0);
        connection.sendHead("GET", "/api/events", java.util.Map.of("Authorization", "Bearer " + token));
        return connection;
    }

    /** Opens the event stream and waits for its first frame. */
    RawHttpConnection openEvents(String token, String fromAddress) throws IOException {
        RawHttpConnection connection = requestEvents(token, fromAddress);
        RawHttpConnection.Response head = connection.readHead();
        assertEquals(200, head.status(), "event stream from " + fromAddress);
        assertEquals(true, connection.awaitLine(": connected"));
        return connection;
    }

    /** Registers and logs in a new user; returns the token. */
    String userToken(String name) throws IOException, InterruptedException {
        assertEquals(201, postJson("/api/auth/register", null, credentials(name)).statusCode());
        return login(name);
    }

    /** Logs a registered user in once more; returns the new token. */
    String login(String name) throws IOException, InterruptedException {
        HttpResponse<String> login = postJson("/api/auth/login", null, credentials(name));
        assertEquals(200, login.statusCode(), login.body());
        return json(login).get("token").asText();
    }

    long userId(String token) throws IOException, InterruptedException {
        return json(get("/api/auth/me", token)).get("id").asLong();
    }

    private static String credentials(String name) {
        return "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}";
    }

    /** Waits up to 10 s for the condition, failing with what was awaited. */
    static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " within 10 s");
            Thread.sleep(50);
        }
    }

    /** Asserts status and error code of an error response. */
    static void assertError(int status, String code, HttpResponse<String> response) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals(code, body.path("error").asText(), response.body());
        assertEquals(true, body.path("message").isTextual(), "an error has a message: " + response.body());
    }

    static byte[] csv(String batteryId, int cycles) {
        StringBuilder sb = new StringBuilder("battery_id,cycle,ir,t_avg,charge_time,rul,pcl\n");
        for (int c = 1; c <= cycles; c++) {
            double pcl = 0.001 * c + (c > cycles * 0.7 ? 0.004 * (c - cycles * 0.7) : 0);
            sb.append(batteryId).append(',').append(c).append(',').append(0.016 + c * 1e-5).append(',')
                    .append(31 + c * 0.01).append(',').append(10 + (c % 5)).append(',').append(cycles - c).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.5f", pcl)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Asserts that the user has no upload and no battery, and that no uploaded or spooled file is left. */
    void assertNothingStored(String token) throws IOException, InterruptedException {
        assertEquals(0, json(get("/api/uploads", token)).get("items").size());
        assertEquals(0, json(get("/api/batteries", token)).get("items").size());
        Path data = home.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                assertTrue(files.filter(Files::isRegularFile).toList().isEmpty(), "no file left in " + data);
            }
        }
        Path spool = home.resolve("tmp").resolve("rest-uploads");
        if (Files.exists(spool)) {
            try (Stream<Path> files = Files.list(spool)) {
                assertTrue(files.toList().isEmpty(), "no spooled part left");
            }
        }
    }
}
