package io.batterylab.monitor.broker;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Who may use the embedded broker, and its optional TLS listener. A broker on loopback accepts anonymous clients
 * (only processes of this machine reach it); one that nodes on the lab network can reach needs either a user and
 * password, which every client must then give, or the explicit {@code mqtt.embedded.anonymous=true}.
 *
 * @param user the user every client must log in as, or null when anonymous clients are accepted
 * @param password its password, or null
 * @param anonymous whether clients without a user name are accepted
 * @param tls the TLS listener, or null for none
 */
public record BrokerAccess(String user, String password, boolean anonymous, Tls tls) {
    /** Anonymous clients, plain MQTT only: what a broker on loopback runs with unless told otherwise. */
    public static final BrokerAccess ANONYMOUS = new BrokerAccess(null, null, true, null);

    /** A second listener speaking MQTT over TLS, with the broker's certificate and key from a keystore. */
    public record Tls(int port, Path keystore, String keystorePassword) {
        public static final int DEFAULT_PORT = 8883;
    }

    public BrokerAccess {
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("mqtt.embedded.user and mqtt.embedded.password must be set together");
        }
        if (user != null && anonymous) {
            throw new IllegalArgumentException("mqtt.embedded.anonymous=true contradicts mqtt.embedded.user: with a"
                    + " user and password every client must log in");
        }
        if (user == null && !anonymous) {
            throw new IllegalArgumentException("mqtt.embedded.anonymous=false needs mqtt.embedded.user and"
                    + " mqtt.embedded.password");
        }
    }

    /** Whether clients must log in. */
    public boolean loginRequired() {
        return user != null;
    }

    /**
     * Reads the {@code mqtt.embedded.*} access settings for a broker listening on {@code host}.
     *
     * @throws IllegalArgumentException naming the setting that is missing, contradictory or not a number
     */
    public static BrokerAccess read(String host, Function<String, String> setting) {
        String user = setting.apply("mqtt.embedded.user");
        String password = setting.apply("mqtt.embedded.password");
        String anonymous = setting.apply("mqtt.embedded.anonymous");
        Tls tls = tls(setting);
        if (anonymous != null) {
            return new BrokerAccess(user, password, ConfigValues.flag("mqtt.embedded.anonymous", anonymous), tls);
        }
        if (user != null || password != null || loopback(host)) {
            return new BrokerAccess(user, password, user == null && password == null, tls);
        }
        throw new IllegalArgumentException("the embedded MQTT broker on " + host + " (mqtt.embedded.host) would"
                + " accept anyone on the network: set mqtt.embedded.user and mqtt.embedded.password, or"
                + " mqtt.embedded.anonymous=true to accept nodes that do not log in (the BatteryLab node firmware"
                + " cannot log in yet)");
    }

    private static Tls tls(Function<String, String> setting) {
        String keystore = setting.apply("mqtt.embedded.keystore");
        String password = setting.apply("mqtt.embedded.keystore.password");
        String port = setting.apply("mqtt.embedded.tls.port");
        if (keystore == null) {
            if (password != null || port != null) {
                throw new IllegalArgumentException("mqtt.embedded.tls.port and mqtt.embedded.keystore.password need"
                        + " mqtt.embedded.keystore (the broker's certificate and key, PKCS12 or JKS)");
            }
            return null;
        }
        if (password == null) {
            throw new IllegalArgumentException("mqtt.embedded.keystore.password is needed to open"
                    + " mqtt.embedded.keystore " + keystore);
        }
        int tlsPort = ConfigValues.port("mqtt.embedded.tls.port", port, Tls.DEFAULT_PORT);
        return new Tls(tlsPort, Path.of(keystore), password);
    }

    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
