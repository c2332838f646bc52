package io.batterylab.test.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The files of a secured Mosquitto, made with the real tools: a self-signed CA and a server certificate for
 * 127.0.0.1 signed by it ({@code openssl}), a PKCS12 truststore holding the CA for Java clients ({@code keytool}),
 * and a password file ({@code mosquitto_passwd}).
 *
 * @param caCertificate the CA, PEM
 * @param truststore PKCS12 with the CA, protected by {@link #TRUSTSTORE_PASSWORD}
 */
public record SecuredBroker(Path caCertificate, Path serverCertificate, Path serverKey, Path passwordFile,
        Path truststore) {
    public static final String TRUSTSTORE_PASSWORD = "truststore pass 7";
    public static final String KEYSTORE_PASSWORD = "keystore pass 9";

    /** Makes the files in {@code directory/tls}, with {@code user} and {@code password} in the password file. */
    public static SecuredBroker create(Path directory, String user, String password) throws IOException {
        Path dir = Files.createDirectories(directory.resolve("tls"));
        SecuredBroker files = new SecuredBroker(dir.resolve("ca.pem"), dir.resolve("server.pem"),
                dir.resolve("server.key"), dir.resolve("passwords"), dir.resolve("truststore.p12"));
        Path caKey = dir.resolve("ca.key");
        Path request = dir.resolve("server.csr");
        Path extensions = Files.writeString(dir.resolve("server.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
        run(dir, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                "/CN=BatteryLab test CA", "-keyout", caKey.toString(), "-out", files.caCertificate().toString());
        run(dir, "openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout",
                files.serverKey().toString(), "-out", request.toString());
        run(dir, "openssl", "x509", "-req", "-in", request.toString(), "-CA", files.caCertificate().toString(),
                "-CAkey", caKey.toString(), "-CAcreateserial", "-days", "2", "-extfile", extensions.toString(),
                "-out", files.serverCertificate().toString());
        run(dir, "keytool", "-importcert", "-noprompt", "-alias", "batterylab-test-ca", "-file",
                files.caCertificate().toString(), "-keystore", files.truststore().toString(), "-storetype", "PKCS12",
                "-storepass", TRUSTSTORE_PASSWORD);
        run(dir, "mosquitto_passwd", "-b", "-c", files.passwordFile().toString(), user, password);
        return files;
    }

    /**
     * The server's certificate (for 127.0.0.1 and localhost, signed by the CA) and its key as a PKCS12 keystore, for
     * a broker in Java; protected by {@link #KEYSTORE_PASSWORD}.
     */
    public Path serverKeystore() throws IOException {
        Path keystore = serverCertificate.resolveSibling("server.p12");
        if (!Files.exists(keystore)) {
            run(keystore.getParent(), "openssl", "pkcs12", "-export", "-in", serverCertificate.toString(), "-inkey",
                    serverKey.toString(), "-certfile", caCertificate.toString(), "-name", "broker", "-out",
                    keystore.toString(), "-passout", "pass:" + KEYSTORE_PASSWORD);
        }
        return keystore;
    }

    String configuration() {
        // started as root, mosquitto drops to user 'mosquitto', which cannot read the test's private directory
        return "user " + System.getProperty("user.name") + "\ncafile " + caCertificate + "\ncertfile " + serverCertificate + "\nkeyfile " + serverKey
                + "\nallow_anonymous false\npassword_file " + passwordFile + "\n";
    }

    private static void run(Path dir, String... command) throws IOException {
        Path output = dir.resolve("tool.log");
        Process process = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed: " + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + command[0], e);
        }
    }
}
