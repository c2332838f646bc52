import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Soak benchmark of the REST server (docs/benchmarks.md, section REST; started by docs/bench/rest-soak.sh): USERS
 * well-behaved users list batteries, compute statistics, upload small CSV files and list their uploads as fast as
 * the server answers, each with one event stream open, while one more client misbehaves: it keeps trying to open
 * more event streams than allowed, sends bad tokens and holds uploads whose bodies trickle in a byte at a time.
 * Every interval it prints the users' requests/s, p99 latency and errors, what the misbehaving client got, and the
 * server process's RSS, threads and open file descriptors. At the end it checks that every accepted upload is listed.
 * Printed, not asserted. Job submission is left out: the REST API has no job route yet.
 *
 * <pre>java docs/bench/RestSoak.java BASE_URL SERVER_PID SECONDS [USERS] [INTERVAL_SECONDS]</pre>
 */
public final class RestSoak {
    private static final String PASSWORD = "soak benchmark: a long passphrase 7f3a";
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final int SLOW_BODIES = 8;
    private static final int STREAM_ATTEMPTS_PER_SECOND = 5;

    private final URI base;
    private final long pid;
    private final Duration duration;
    private final int users;
    private final Duration interval;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicReference<Window> window = new AtomicReference<>(new Window());
    private final List<Long> allLatencies = new ArrayList<>();
    private final Map<String, AtomicLong> misbehaviour = new ConcurrentHashMap<>();
    private final AtomicInteger streamsUp = new AtomicInteger();
    private final AtomicLong streamReconnects = new AtomicLong();
    private final AtomicLong heartbeats = new AtomicLong();
    private final ConcurrentLinkedQueue<AutoCloseable> toClose = new ConcurrentLinkedQueue<>();
    private volatile boolean running = true;
    private long totalErrors;

    private RestSoak(URI base, long pid, Duration duration, int users, Duration interval) {
        this.base = base;
        this.pid = pid;
        this.duration = duration;
        this.users = users;
        this.interval = interval;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java RestSoak.java BASE_URL SERVER_PID SECONDS [USERS] [INTERVAL_SECONDS]");
            System.exit(2);
        }
        new RestSoak(URI.create(args[0]), Long.parseLong(args[1]), Duration.ofSeconds(Long.parseLong(args[2])),
                args.length > 3 ? Integer.parseInt(args[3]) : 20,
                Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 10)).run();
    }

    private void run() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 100_000);
        List<String> tokens = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            tokens.add(registerAndLogin("soak" + run + "u" + u));
        }
        String mallory = registerAndLogin("soak" + run + "mallory");
        List<Long> cells = ids(send(get("/api/batteries?source=built_in", tokens.get(0))).body());
        if (cells.isEmpty()) {
            throw new IllegalStateException("the server lists no built-in cells to analyse");
        }
        System.out.printf("soak: %d users + 1 misbehaving client, %d s, %d built-in cells, server pid %d%n", users,
                duration.toSeconds(), cells.size(), pid);
        long[] accepted = new long[users];
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            threads.add(Thread.ofVirtual().start(() -> keepStreamOpen(tokens.get(user))));
            threads.add(Thread.ofVirtual().start(() -> work(user, tokens.get(user), cells, accepted)));
        }
        threads.add(Thread.ofVirtual().start(() -> openTooManyStreams(mallory)));
        threads.add(Thread.ofVirtual().start(() -> sendBadTokens(mallory)));
        for (int i = 0; i < SLOW_BODIES; i++) {
            threads.add(Thread.ofVirtual().start(() -> trickleUploads(mallory)));
        }
        System.out.println(
                "   t(s)   req/s  p99(ms)  errors  rss(MB)  threads  fds  streams  beats | bad-token 401  429  slow-cut");
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        while (System.nanoTime() < end) {
            Thread.sleep(Math.min(interval.toMillis(), Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            report((System.nanoTime() - start) / 1e9);
        }
        running = false;
        for (AutoCloseable c : toClose) {
            c.close();
        }
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(40));
        }
        summarize(tokens, accepted, (System.nanoTime() - start) / 1e9);
    }

    // --- well-behaved users -----------------------------------------------------------------------------------

    private void work(int user, String token, List<Long> cells, long[] accepted) {
        for (long op = 0; running; op++) {
            long cell = cells.get(ThreadLocalRandom.current().nextInt(cells.size()));
            if (op % 25 == 24) {
                byte[] csv = csv("SOAK-" + user + "-" + op, 40);
                if (timed(upload(token, "cells-" + op + ".csv", csv), 201)) {
                    accepted[user]++;
                }
            } else if (op % 25 == 12) {
                timed(get("/api/uploads", token).build(), 200);
            } else if (op % 2 == 0) {
                timed(get("/api/batteries?source=built_in", token).build(), 200);
            } else {
                timed(get("/api/analysis/statistics?batteries=" + cell + "&bins=20", token).build(), 200);
            }
        }
    }

    private boolean timed(HttpRequest request, int expected) {
        long t0 = System.nanoTime();
        boolean ok;
        try {
            ok = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == expected;
        } catch (IOException | InterruptedException e) {
            ok = false;
        }
        window.get().add(System.nanoTime() - t0, ok);
        return ok;
    }

    private void keepStreamOpen(String token) {
        while (running) {
            try {
                HttpResponse<Stream<String>> r = http.send(get("/api/events", token).build(),
                        HttpResponse.BodyHandlers.ofLines());
                if (r.statusCode() == 200) {
                    streamsUp.incrementAndGet();
                    toClose.add(r.body());
                    try (Stream<String> lines = r.body()) {
                        lines.filter(": keep-alive"::equals).forEach(l -> heartbeats.incrementAndGet());
                    } finally {
                        streamsUp.decrementAndGet();
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the stream broke: counted as a reconnect below
            } catch (InterruptedException e) {
                return;
            }
            if (running) {
                streamReconnects.incrementAndGet();
                pause(1000);
            }
        }
    }

    // --- the misbehaving client -------------------------------------------------------------------------------

    private void openTooManyStreams(String token) {
        while (running) {
            try {
                HttpResponse<InputStream> r = http.send(get("/api/events", token).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                count(r.statusCode() == 200 ? "stream-200" : "stream-" + r.statusCode());
                if (r.statusCode() == 200) {
                    toClose.add(r.body()); // held open and never read
                } else {
                    r.body().close();
                }
            } catch (IOException | InterruptedException e) {
                count("stream-failed");
            }
            pause(1000 / STREAM_ATTEMPTS_PER_SECOND);
        }
    }

    private void sendBadTokens(String token) {
        String[] bad = {"garbage", token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA"),
            forged(token), ""};
        for (int i = 0; running; i++) {
            String t = bad[i % bad.length];
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/api/batteries"))
                    .timeout(Duration.ofSeconds(30));
            b = t.isEmpty() ? b.header("Authorization", "Basic c29hazpzb2Fr") : b.header("Authorization", "Bearer " + t);
            try {
                count("bad-token-" + http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (IOException | InterruptedException e) {
                count("bad-token-failed");
            }
            pause(20);
        }
    }

    /** The same claims signed with another key: only the signature check can refuse it. */
    private static String forged(String token) {
        String[] parts = token.split("\\.");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(UUID.randomUUID().toString().repeat(2).getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            byte[] sig = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An upload that announces 10 MB and sends a byte a second, until the server cuts it off; then again. */
    private void trickleUploads(String token) {
        while (running) {
            try (Socket socket = new Socket()) {
                toClose.add(socket);
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
                OutputStream out = socket.getOutputStream();
                String boundary = "soak" + UUID.randomUUID();
                out.write(("POST /api/uploads HTTP/1.1\r\nHost: soak\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                        + "\r\nContent-Length: 10000000\r\n\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.csv\"\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                while (running) {
                    out.write('1');
                    out.flush();
                    pause(1000);
                    if (socket.getInputStream().available() > 0) {
                        break; // answered (408/400/413) before the body ended: cut off
                    }
                }
                if (running) {
                    count("slow-cut");
                }
            } catch (IOException e) {
                if (running) {
                    count("slow-cut");
                }
            }
        }
    }

    // --- reporting --------------------------------------------------------------------------------------------

    private void report(double seconds) throws IOException {
        Window w = window.getAndSet(new Window());
        long[] lat = w.latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        synchronized (allLatencies) {
            for (long l : lat) {
                allLatencies.add(l);
            }
        }
        totalErrors += w.errors.get();
        Map<String, Long> proc = proc();
        System.out.printf("%7.0f %7.0f %8.1f %7d %8d %8d %4d %8d %6d | %13d %4d %9d%n", seconds,
                lat.length / w.seconds(), percentile(lat, 0.99) / 1e6, w.errors.get(), proc.get("rss") / 1024,
                proc.get("threads"), proc.get("fds"), streamsUp.get(), heartbeats.get(), get("bad-token-401"),
                get("stream-429"), get("slow-cut"));
    }

    private void summarize(List<String> tokens, long[] accepted, double seconds) throws Exception {
        long[] lat;
        synchronized (allLatencies) {
            lat = allLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        System.out.printf("total: %d requests in %.0f s = %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, "
                + "errors %d%n", lat.length, seconds, lat.length / seconds, percentile(lat, 0.5) / 1e6,
                percentile(lat, 0.99) / 1e6, lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6, totalErrors);
        System.out.println("event streams: " + heartbeats.get() + " heartbeats received, " + streamReconnects.get()
                + " reconnects");
        System.out.println("misbehaving client: " + new java.util.TreeMap<>(misbehaviour));
        long lost = 0;
        long total = 0;
        for (int u = 0; u < tokens.size(); u++) {
            String list = send(get("/api/uploads", tokens.get(u))).body();
            long listed = Pattern.compile("\"originalFileName\"").matcher(list).results().count();
            lost += Math.max(0, accepted[u] - listed);
            total += accepted[u];
        }
        System.out.println(lost == 0 ? "nothing lost: all " + total + " accepted uploads are listed"
                : lost + " of " + total + " accepted uploads are missing");
    }

    private Map<String, Long> proc() throws IOException {
        long rss = 0;
        long threads = 0;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", ""));
            } else if (line.startsWith("Threads:")) {
                threads = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        long fds;
        try (Stream<Path> list = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            fds = list.count();
        }
        return Map.of("rss", rss, "threads", threads, "fds", fds);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private void count(String what) {
        misbehaviour.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
    }

    private long get(String what) {
        AtomicLong n = misbehaviour.get(what);
        return n == null ? 0 : n.get();
    }

    // --- HTTP helpers -----------------------------------------------------------------------------------------

    private String registerAndLogin(String name) throws Exception {
        String credentials = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}";
        HttpResponse<String> registered = send(post("/api/auth/register", credentials));
        if (registered.statusCode() != 201) {
            throw new IllegalStateException("cannot register " + name + ": " + registered.body());
        }
        Matcher m = TOKEN.matcher(send(post("/api/auth/login", credentials)).body());
        if (!m.find()) {
            throw new IllegalStateException("cannot log in as " + name);
        }
        return m.group(1);
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpRequest.Builder get(String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    private HttpRequest upload(String token, String fileName, byte[] content) {
        String boundary = "soak" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return get("/api/uploads", token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<Long> ids(String json) {
        return ID.matcher(json).results().map(m -> Long.parseLong(m.group(1))).distinct().toList();
    }

    private static byte[] csv(String batteryId, int cycles) {
        StringBuilder sb = new StringBuilder("battery_id,cycle,ir,t_avg,charge_time,rul,pcl\n");
        for (int c = 1; c <= cycles; c++) {
            sb.append(batteryId).append(',').append(c).append(',').append(0.016 + c * 1e-5).append(',')
                    .append(31 + c * 0.01).append(',').append(10 + c % 5).append(',').append(cycles - c).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.5f", 0.001 * c)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The users' requests of one reporting interval. */
    private static final class Window {
        final long start = System.nanoTime();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        final AtomicLong errors = new AtomicLong();

        void add(long nanos, boolean ok) {
            latencies.add(nanos);
            if (!ok) {
                errors.incrementAndGet();
            }
        }

        double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
