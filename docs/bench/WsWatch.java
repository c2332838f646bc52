import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Watches BatteryLab's event WebSocket ({@code /api/ws}) and prints every message it receives, one per line, with the
 * seconds since the socket opened. Authenticates the way a browser page must: the first message it sends is
 * {@code {"type":"auth","token":...}} (the token comes from the environment, never the URL). Stops after SECONDS,
 * when COUNT messages (default 1) have matched UNTIL (a regular expression), or when the server closes the socket.
 *
 * <pre>
 * BL_TOKEN=$TOKEN java WsWatch.java ws://127.0.0.1:8080/api/ws 600 '"status":"SUCCEEDED"' 2
 * </pre>
 *
 * Single-file source program (JDK 11+, java.net.http only), used by docs/bench/walkthrough.sh.
 */
public class WsWatch {
    public static void main(String[] args) throws Exception {
        if (args.length < 2 || System.getenv("BL_TOKEN") == null) {
            System.err.println("usage: BL_TOKEN=<token> java WsWatch.java <ws-url> <seconds> [until-regex [count]]");
            System.exit(2);
        }
        String token = System.getenv("BL_TOKEN");
        URI uri = URI.create(args[0]);
        long seconds = Long.parseLong(args[1]);
        Pattern until = args.length > 2 ? Pattern.compile(args[2]) : null;
        int[] matchesLeft = { args.length > 3 ? Integer.parseInt(args[3]) : 1 };
        long started = System.nanoTime();
        CountDownLatch finished = new CountDownLatch(1);
        String[] why = { "time is up after " + seconds + " s" };

        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public void onOpen(WebSocket socket) {
                // a JWT holds only base64url characters and dots: nothing to escape
                socket.sendText("{\"type\":\"auth\",\"token\":\"" + token + "\"}", true);
                socket.request(1);
            }

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    String text = message.toString();
                    message.setLength(0);
                    System.out.printf("%7.1f s %s%n", (System.nanoTime() - started) / 1e9, text);
                    System.out.flush();
                    if (until != null && until.matcher(text).find() && --matchesLeft[0] == 0) {
                        why[0] = "seen " + (args.length > 3 ? args[3] + " times: " : "") + until.pattern();
                        finished.countDown();
                    }
                }
                socket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
                why[0] = "server closed the socket: " + code + " " + reason;
                finished.countDown();
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                why[0] = "error: " + error;
                finished.countDown();
            }
        };
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, listener).join();
        finished.await(seconds, TimeUnit.SECONDS);
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        }
        System.out.printf("%7.1f s stopped: %s%n", (System.nanoTime() - started) / 1e9, why[0]);
    }
}
