package io.batterylab.rest.resources;

import io.batterylab.core.model.User;
import io.batterylab.core.service.AuthenticationException;
import io.batterylab.core.service.RegistrationException;
import io.batterylab.core.service.UserService;
import io.batterylab.rest.auth.IssuedToken;
import io.batterylab.rest.auth.LoginThrottle;
import io.batterylab.rest.auth.TokenService;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.resources.Dto.Credentials;
import io.batterylab.rest.resources.Dto.Session;
import io.batterylab.rest.resources.Dto.UserView;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.server.Request;

/** Register, log in (a signed token), log out (the token is revoked for good), and who am I. */
public final class AuthResource implements ApiResource {
    private final UserService users;
    private final TokenService tokens;
    private final LoginThrottle throttle;

    public AuthResource(UserService users, TokenService tokens, LoginThrottle throttle) {
        this.users = users;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("POST", "/api/auth/register", "register").tag("auth").open()
                .summary("Create a user account").body(Credentials.class)
                .returns(201, "The new user", UserView.class)
                .error(400, "Invalid body (invalid_request), a name breaking the rules (invalid_username) or a"
                        + " password too easy to guess (weak_password); the message says why")
                .error(409, "The user name is taken (username_taken) or looks like a taken one"
                        + " (username_confusable)")
                .handle(this::register);
        routes.route("POST", "/api/auth/login", "login").tag("auth").open()
                .summary("Log in; returns a signed token to send as 'Authorization: Bearer <token>'")
                .body(Credentials.class)
                .returns(200, "A session token and its expiry", Session.class)
                .error(400, "Invalid body").error(401, "Unknown user name or wrong password")
                .error(429, "Too many failed logins; see Retry-After")
                .handle(this::login);
        routes.route("POST", "/api/auth/logout", "logout").tag("auth")
                .summary("Log out: the token is revoked and refused from now on, also after a restart")
                .returns(204, "Logged out", null)
                .handle(this::logout);
        routes.route("GET", "/api/auth/me", "currentUser").tag("auth")
                .summary("The logged-in user")
                .returns(200, "The user of the token", UserView.class)
                .handle(this::me);
    }

    private Reply register(Call call) throws Exception {
        Credentials c = call.body(Credentials.class);
        requireFields(c);
        try {
            User user = users.register(c.username(), c.password().toCharArray());
            throttle.succeeded(c.username(), Request.getRemoteAddr(call.request()));
            return Reply.created(UserView.of(user), "/api/auth/me");
        } catch (RegistrationException e) {
            throw switch (e.reason()) {
                case NAME_TAKEN -> new ApiException(409, "username_taken", e.getMessage());
                case NAME_CONFUSABLE -> new ApiException(409, "username_confusable", e.getMessage());
                case NAME_INVALID -> ApiException.badRequest("invalid_username", e.getMessage());
                case PASSWORD_WEAK -> ApiException.badRequest("weak_password", e.getMessage());
            };
        }
    }

    private Reply login(Call call) throws Exception {
        Credentials c = call.body(Credentials.class);
        requireFields(c);
        String address = Request.getRemoteAddr(call.request());
        Duration wait = throttle.waitBeforeTry(c.username(), address);
        if (!wait.isZero() && !wait.isNegative()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            throw new ApiException(429, "too_many_attempts",
                    "too many failed logins; try again in " + seconds + " s", Map.of("retryAfterSeconds", seconds));
        }
        User user;
        try {
            user = users.login(c.username(), c.password().toCharArray());
        } catch (AuthenticationException e) {
            throttle.failed(c.username(), address);
            throw ApiException.unauthorized("invalid_credentials", e.getMessage());
        }
        throttle.succeeded(c.username(), address);
        IssuedToken token = tokens.issue(user);
        return Reply.ok(new Session(token.token(), "Bearer", token.expiresAt().toString(), UserView.of(user)));
    }

    private Reply logout(Call call) {
        tokens.revoke(call.caller());
        return Reply.noContent();
    }

    private Reply me(Call call) {
        User user = users.find(call.userId())
                .orElseThrow(() -> ApiException.unauthorized("invalid_token", "the token's user does not exist"));
        return Reply.ok(UserView.of(user));
    }

    private static void requireFields(Credentials c) {
        if (c.username() == null || c.password() == null) {
            throw ApiException.badRequest("invalid_request", "'username' and 'password' are required");
        }
    }
}
