package io.batterylab.device.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS of an {@code ssl://} broker whose certificate is signed by a CA of the lab's own: the connection trusts
 * the certificates of {@code mqtt.truststore}, a PKCS12 or JKS keystore (with {@code mqtt.truststore.password}) or a
 * PEM file of CA certificates (Mosquitto's {@code cafile}). Host names are checked against the certificate by Paho.
 */
final class MqttTls {
    private MqttTls() {
    }

    /** @throws IOException naming the file when it cannot be read as a keystore or as PEM certificates */
    static SSLSocketFactory socketFactory(Path truststore, char[] password) throws IOException {
        try {
            KeyStore trusted = isPem(truststore) ? pem(truststore) : KeyStore.getInstance(truststore.toFile(), password);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IOException(MqttSettings.TRUSTSTORE + " " + truststore + " cannot be read (a PKCS12/JKS keystore "
                    + "with " + MqttSettings.TRUSTSTORE_PASSWORD + ", or PEM certificates): " + e.getMessage(), e);
        }
    }

    private static boolean isPem(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(64), java.nio.charset.StandardCharsets.US_ASCII).contains("-----BEGIN");
        }
    }

    private static KeyStore pem(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(file)) {
            int i = 0;
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, certificate);
            }
            if (i == 0) {
                throw new IOException("no certificate in it");
            }
        }
        return store;
    }
}
