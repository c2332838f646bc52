package io.batterylab.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP/1.1 connection driven by hand, for what java.net.http hides: which connection a request goes on, sending
 * the headers of a request before its body, the client address, a client that stops reading, and many open streams
 * without a thread each.
 */
final class RawHttpConnection implements AutoCloseable {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawHttpConnection(String baseUrl) throws IOException {
        this(baseUrl, null, 0);
    }

    /** @param localAddress the client address the server sees, e.g. 127.0.0.2 (loopback too); null for any */
    RawHttpConnection(String baseUrl, String localAddress) throws IOException {
        this(baseUrl, localAddress, 0);
    }

    /**
     * @param localAddress the client address to connect from (on Linux every 127.x.y.z is loopback), null for any
     * @param receiveBufferBytes the client's socket receive buffer, 0 for the system's default
     */
    RawHttpConnection(String baseUrl, String localAddress, int receiveBufferBytes) throws IOException {
        URI uri = URI.create(baseUrl);
        socket = new Socket();
        if (receiveBufferBytes > 0) {
            socket.setReceiveBufferSize(receiveBufferBytes);
        }
        if (localAddress != null) {
            socket.bind(new InetSocketAddress(localAddress, 0));
        }
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
        socket.setSoTimeout(10_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** Sends the request line and headers (Host added); the body, if any, is sent with {@link #send(byte[])}. */
    void sendHead(String method, String path, Map<String, String> headers) throws IOException {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        send(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Whether the server has begun to answer (bytes are waiting to be read). */
    boolean hasAnswer() throws IOException {
        return in.available() > 0;
    }

    /** Reads one response with a Content-Length body; header names in lower case. */
    Response read() throws IOException {
        Response head = readHead();
        byte[] body = in.readNBytes(Integer.parseInt(head.headers().getOrDefault("content-length", "0")));
        return new Response(head.status(), head.headers(), new String(body, StandardCharsets.UTF_8));
    }

    /** Reads the status line and headers of a response, leaving its body to be read. */
    Response readHead() throws IOException {
        String statusLine = line();
        Map<String, String> headers = new TreeMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        return new Response(Integer.parseInt(statusLine.split(" ")[1]), headers, "");
    }

    /** Reads lines of a streamed body (chunk sizes included) until one equals the line; false at its end. */
    boolean awaitLine(String expected) throws IOException {
        try {
            while (!line().equals(expected)) {
                // not yet
            }
            return true;
        } catch (ConnectionClosedException closed) {
            return false;
        }
    }

    /** Reads a chunked body up to its last (empty) chunk; false when the connection closes first. */
    boolean awaitEndOfChunkedBody() throws IOException {
        return awaitLine("0");
    }

    /** Reads and drops what arrives until the server closes the connection; false if it is still open then. */
    boolean closedByServerWithin(Duration time) throws IOException {
        long deadline = System.nanoTime() + time.toNanos();
        byte[] drop = new byte[64 * 1024];
        try {
            while (System.nanoTime() < deadline) {
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (in.read(drop) < 0) {
                    return true;
                }
            }
            return false;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new ConnectionClosedException();
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    static final class ConnectionClosedException extends IOException {
        private static final long serialVersionUID = 1L;

        ConnectionClosedException() {
            super("the server closed the connection");
        }
    }

    record Response(int status, Map<String, String> headers, String body) {
        boolean announcesClose() {
            return "close".equalsIgnoreCase(headers.get("connection"));
        }
    }
}
