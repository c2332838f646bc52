package io.batterylab.monitor.broker;

import io.moquette.broker.security.IAuthenticator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Accepts the one configured user and password; compared in constant time, so timing tells nothing. */
final class LoginCheck implements IAuthenticator {
    private final byte[] user;
    private final byte[] password;

    LoginCheck(String user, String password) {
        this.user = user.getBytes(StandardCharsets.UTF_8);
        this.password = password.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] givenPassword) {
        boolean userMatches = username != null
                && MessageDigest.isEqual(user, username.getBytes(StandardCharsets.UTF_8));
        boolean passwordMatches = givenPassword != null && MessageDigest.isEqual(password, givenPassword);
        return userMatches & passwordMatches;
    }
}
