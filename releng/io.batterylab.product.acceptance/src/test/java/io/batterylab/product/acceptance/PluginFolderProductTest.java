package io.batterylab.product.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.batterylab.test.support.ExampleBundles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 14's proof on the built product: the real headless server starts with an empty plugins folder; the ridge
 * example dropped in is listed within seconds and trains over REST; removed, it disappears and its algorithm is
 * refused by name; a broken jar and one built against another core major version are listed with the reason in
 * words while the server stays up. Also the product's default for live monitoring: its own MQTT broker, with no
 * setting made.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PluginFolderProductTest {
    private static final Duration PICKED_UP = Duration.ofSeconds(10);
    private static final String RIDGE = "example.ridge";

    private static ProductServer server;
    private static Api alice;
    private static long ridgeModelVersion;

    @BeforeAll
    static void startServer() throws Exception {
        Path product = Build.require(ProductServer.PRODUCT);
        Path home = Build.scratch("product-home");
        server = ProductServer.start(product, home, Duration.ofMinutes(3));
        alice = Api.register(server, "alice", "a long password 77");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void givenAnEmptyPluginsFolderWhenListedThenOnlyBuiltInPluginsOfEveryKindAndNoFolderJars() throws Exception {
        assertTrue(Files.isDirectory(server.pluginsFolder()), "the start script creates the plugins folder");
        JsonNode plugins = alice.getOk("/plugins");

        assertEquals(0, plugins.get("pluginFolder").size());
        List<String> kinds = values(plugins.get("items"), "kind").stream().distinct().toList();
        assertTrue(kinds.containsAll(List.of("algorithm", "data-source", "detector")), "kinds: " + kinds);
        assertTrue(stream(plugins.get("items")).allMatch(p -> p.get("bundle").get("file").isNull()));
        assertTrue(!algorithms().contains(RIDGE));
    }

    @Test
    @Order(1)
    void givenNoMqttSettingWhenTheServerStartedThenItsOwnBrokerRunsAndTheDeviceRoutesServe() throws Exception {
        // 503 naming mqtt.broker would mean monitoring stayed off: the start script's default did not reach the JVM
        assertEquals(0, alice.getOk("/devices").get("items").size());
        String log = Files.readString(server.log());
        assertTrue(log.contains("Embedded MQTT broker listening on 127.0.0.1:"), "the server's log:\n" + log);
    }

    @Test
    @Order(2)
    void givenTheRidgeJarDroppedInWhenWaitingAFewSecondsThenItIsListedAndTrainsOverRest() throws Exception {
        Files.copy(ExampleBundles.built(ExampleBundles.RIDGE), server.pluginsFolder().resolve("ridge.jar"));
        await("ridge listed in /api/algorithms", () -> algorithms().contains(RIDGE));

        JsonNode plugin = stream(alice.getOk("/plugins?kind=algorithm").get("items"))
                .filter(p -> p.get("id").asText().equals(RIDGE)).findFirst().orElseThrow();
        assertEquals("ridge.jar", plugin.get("bundle").get("file").asText());
        assertEquals("com.example.batterylab.algorithm.ridge", plugin.get("bundle").get("symbolicName").asText());
        assertEquals("Example Lab", plugin.get("bundle").get("vendor").asText());
        assertEquals("ACTIVE", plugin.get("bundle").get("state").asText());

        JsonNode job = alice.expect(201, alice.post("/training-jobs", ridgeJob()));
        long id = job.get("id").asLong();
        JsonNode done = awaitValue("training job " + id + " finished", () -> alice.getOk("/training-jobs/" + id),
                j -> List.of("succeeded", "failed", "canceled").contains(j.get("status").asText()));
        JsonNode run = done.get("runs").get(0);
        assertEquals("succeeded", run.get("status").asText(), done.toString());
        ridgeModelVersion = run.get("modelVersionId").asLong();
        assertEquals(RIDGE, alice.getOk("/model-versions/" + ridgeModelVersion).get("algorithmId").asText());
    }

    @Test
    @Order(3)
    void givenTheRidgeJarRemovedWhenWaitingThenItDisappearsAndTrainingWithItIsRefusedByName() throws Exception {
        Files.delete(server.pluginsFolder().resolve("ridge.jar"));
        await("ridge gone from /api/algorithms", () -> !algorithms().contains(RIDGE));

        JsonNode refused = alice.expect(400, alice.post("/training-jobs", ridgeJob()));
        assertEquals("runs[0].algorithm: '" + RIDGE + "' is not installed", refused.get("message").asText().split(";")[0]);
        assertEquals(RIDGE, alice.getOk("/model-versions/" + ridgeModelVersion).get("algorithmId").asText(),
                "the model version trained with it is kept");
        assertEquals(0, alice.getOk("/plugins").get("pluginFolder").size());
    }

    @Test
    @Order(4)
    void givenABrokenJarAndOneForCore2WhenDroppedInThenBothAreListedWithTheReasonAndTheServerStaysUp() throws Exception {
        PluginJars.importing(server.pluginsFolder().resolve("broken.jar"), "com.example.broken",
                "org.example.nowhere;version=\"[1.0,2.0)\"");
        PluginJars.importing(server.pluginsFolder().resolve("future.jar"), "com.example.future",
                "io.batterylab.core.training;version=\"[2.0,3.0)\"");

        JsonNode folder = awaitValue("both jars installed", () -> alice.getOk("/plugins").get("pluginFolder"),
                f -> f.size() == 2 && stream(f).allMatch(b -> !b.get("bundle").isNull()));
        JsonNode broken = folder.get(0);
        assertEquals("broken.jar", broken.get("file").asText());
        assertEquals("INSTALLED", broken.get("bundle").get("state").asText());
        assertEquals("cannot resolve: missing package org.example.nowhere version [1.0.0,2.0.0) "
                + "(no installed bundle exports it)", broken.get("problem").asText());
        String future = folder.get(1).get("problem").asText();
        assertTrue(future.startsWith("built against BatteryLab core 2.x, but this BatteryLab's core is 1."), future);
        assertTrue(future.contains("incompatible major version"), future);
        assertTrue(server.isHealthy(), "the server is still up");
        assertTrue(algorithms().contains("baseline"));
    }

    private static List<String> algorithms() throws IOException, InterruptedException {
        return values(alice.getOk("/algorithms").get("items"), "id");
    }

    private static String ridgeJob() {
        return "{\"name\":\"ridge from the plugins folder\",\"target\":\"rul\","
                + "\"cells\":{\"train\":[1,2,3],\"validation\":[4],\"test\":[5]},"
                + "\"runs\":[{\"algorithm\":\"" + RIDGE + "\",\"features\":[\"dq_slope\",\"t_avg\",\"ir\"],\"settings\":{}}]}";
    }

    interface Check<T> {
        T get() throws Exception;
    }

    private static void await(String what, Check<Boolean> condition) throws Exception {
        awaitValue(what, condition, Boolean::booleanValue);
    }

    private static <T> T awaitValue(String what, Check<T> value, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + (what.startsWith("training") ? Duration.ofMinutes(2) : PICKED_UP).toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            last = value.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within the time: " + what + "; last: " + last + "\nserver log:\n" + server.logTail());
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asText()));
        return values;
    }
}
