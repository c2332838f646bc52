package io.batterylab.monitor.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;

/**
 * The embedded broker's TLS listener: its keystore is opened here first, because Moquette would only log a keystore
 * it cannot read and go on without TLS; a wrong path, password or a keystore without a key is refused naming the
 * setting.
 */
final class BrokerKeystore {
    private static final String SETTINGS = "mqtt.embedded.keystore, mqtt.embedded.keystore.password";

    private BrokerKeystore() {
    }

    /** Checks the keystore and the TLS port, adds Moquette's TLS settings. @return the TLS port bound */
    static int listen(String host, BrokerAccess.Tls tls, Properties settings) throws IOException {
        String type = check(tls);
        int port = EmbeddedBroker.freePort(host, tls.port(), "mqtt.embedded.host, mqtt.embedded.tls.port");
        settings.setProperty("ssl_port", Integer.toString(port));
        settings.setProperty("ssl_provider", "JDK");
        settings.setProperty("jks_path", tls.keystore().toAbsolutePath().toString());
        settings.setProperty("key_store_type", type);
        settings.setProperty("key_store_password", tls.keystorePassword());
        settings.setProperty("key_manager_password", tls.keystorePassword());
        return port;
    }

    private static String check(BrokerAccess.Tls tls) throws IOException {
        if (!Files.isReadable(tls.keystore())) {
            throw new IOException("cannot read the embedded broker's keystore " + tls.keystore() + " ("
                    + SETTINGS + "): no such readable file");
        }
        KeyStore keystore;
        boolean hasKey = false;
        try {
            keystore = KeyStore.getInstance(tls.keystore().toFile(), tls.keystorePassword().toCharArray());
            for (String alias : Collections.list(keystore.aliases())) {
                hasKey |= keystore.isKeyEntry(alias);
            }
        } catch (GeneralSecurityException | IOException e) {
            throw new IOException("cannot open the embedded broker's keystore " + tls.keystore() + " (" + SETTINGS
                    + "): " + e.getMessage() + " (a wrong password, or not a PKCS12/JKS keystore)", e);
        }
        if (!hasKey) {
            throw new IOException("the embedded broker's keystore " + tls.keystore() + " (" + SETTINGS
                    + ") holds no private key: it needs the broker's certificate with its key");
        }
        return keystore.getType().toLowerCase(Locale.ROOT);
    }
}
