package io.batterylab.rest.ws;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The Origin check of the WebSocket handshake. A browser always sends the page's origin; a page of another site
 * must not open a socket to this server (it would still need a token, but it has no business here either), so a
 * browser's origin must be this server's own: same scheme family, host and port as the handshake request was sent
 * to. A client that sends no Origin is not a browser page and is let through: it authenticates like any API client.
 */
public final class SameOrigin {
    private SameOrigin() {
    }

    /**
     * @param origin the Origin header, null when absent
     * @param secure whether the handshake came over TLS (https/wss)
     * @param host the host the request was sent to (its Host header)
     * @param port the port the request was sent to
     */
    public static boolean allows(String origin, boolean secure, String host, int port) {
        if (origin == null) {
            return true;
        }
        URI uri;
        try {
            uri = new URI(origin.trim());
        } catch (URISyntaxException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false; // "null" (a sandboxed frame, a file:// page) and anything unparseable
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals(secure ? "https" : "http")) {
            return false;
        }
        int originPort = uri.getPort() != -1 ? uri.getPort() : secure ? 443 : 80;
        return originPort == port && bare(uri.getHost()).equalsIgnoreCase(bare(host));
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
