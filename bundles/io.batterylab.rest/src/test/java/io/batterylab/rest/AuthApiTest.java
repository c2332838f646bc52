package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Register, login, me, logout, and every way a token can be refused. */
class AuthApiTest extends RestFixture {

    @Test
    void givenRegisteredUser_whenLoggingIn_thenTokenWithExpiryIdentifiesThem() throws Exception {
        HttpResponse<String> registered = postJson("/api/auth/register", null,
                "{\"username\":\"alice\",\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, registered.statusCode());
        long id = json(registered).get("id").asLong();

        HttpResponse<String> login = postJson("/api/auth/login", null,
                "{\"username\":\"ALICE\",\"password\":\"" + PASSWORD + "\"}");
        JsonNode session = json(login);
        assertEquals(200, login.statusCode());
        assertEquals("Bearer", session.get("tokenType").asText());
        Instant expires = Instant.parse(session.get("expiresAt").asText());
        assertTrue(expires.isAfter(clock.instant().plus(Duration.ofMinutes(59))), "about one hour: " + expires);

        HttpResponse<String> me = get("/api/auth/me", session.get("token").asText());
        assertEquals(200, me.statusCode());
        assertEquals(id, json(me).get("id").asLong());
        assertEquals("alice", json(me).get("username").asText());
        assertFalse(me.body().contains("password"), "no hash or password leaves the server");
    }

    @Test
    void givenTakenOrInvalidName_whenRegistering_then409Or400() throws Exception {
        userToken("bob");
        assertError(409, "username_taken", register("Ｂｏｂ", PASSWORD));
        assertError(409, "username_confusable", register("b0b", PASSWORD));
        assertError(400, "invalid_username", register("../etc", PASSWORD));
        assertError(400, "invalid_request", postJson("/api/auth/register", null, "{\"username\":\"dave\"}"));
        HttpResponse<String> mixed = register("bоb", PASSWORD); // a Cyrillic 'о'
        assertError(400, "invalid_username", mixed);
        assertEquals("User name 'bоb' mixes scripts (Cyrillic, Latin); use the letters and digits of one script,"
                + " so that it cannot pose as another name", json(mixed).get("message").asText());
    }

    @Test
    void givenWeakPassword_whenRegistering_then400SayingWhyInWords() throws Exception {
        HttpResponse<String> common = register("carol", "password");
        assertError(400, "weak_password", common);
        assertEquals("Password is too easy to guess. This is a top-10 common password. Add another word or two."
                + " Uncommon words are better.", json(common).get("message").asText());
        assertError(400, "weak_password", register("carol", "        "));
        assertTrue(json(register("carol", "        ")).get("message").asText().contains("Repeats like"));
        assertEquals("Password must not contain the user name",
                json(register("carolina.k", "carolina.k")).get("message").asText());
        assertEquals("Password must be at least 8 characters long",
                json(register("carol", "short")).get("message").asText());
        assertEquals(201, register("carol", PASSWORD).statusCode(), "nothing was registered before");
    }

    @Test
    void givenNameRegisteredInFullWidthLetters_whenLoggingInWithPlainOrOtherCase_thenTheSameAccount()
            throws Exception {
        HttpResponse<String> registered = register("Ｈｅｉｄｉ", PASSWORD);
        assertEquals(201, registered.statusCode(), registered.body());
        assertEquals("Heidi", json(registered).get("username").asText());

        for (String spelling : new String[] {"heidi", "HEIDI", "Ｈｅｉｄｉ"}) {
            HttpResponse<String> login = postJson("/api/auth/login", null,
                    "{\"username\":\"" + spelling + "\",\"password\":\"" + PASSWORD + "\"}");
            assertEquals(200, login.statusCode(), spelling + ": " + login.body());
            assertEquals(json(registered).get("id").asLong(), json(login).path("user").get("id").asLong());
        }
    }

    private HttpResponse<String> register(String name, String password) throws Exception {
        return postJson("/api/auth/register", null,
                JSON.writeValueAsString(java.util.Map.of("username", name, "password", password)));
    }

    @Test
    void givenWrongPasswordOrUnknownUser_whenLoggingIn_then401WithTheSameMessage() throws Exception {
        userToken("erin");
        HttpResponse<String> wrong = postJson("/api/auth/login", null,
                "{\"username\":\"erin\",\"password\":\"not the password\"}");
        HttpResponse<String> unknown = postJson("/api/auth/login", null,
                "{\"username\":\"nobody\",\"password\":\"not the password\"}");
        assertError(401, "invalid_credentials", wrong);
        assertError(401, "invalid_credentials", unknown);
        assertEquals(json(wrong).get("message"), json(unknown).get("message"), "no user-name probing");
    }

    @Test
    void givenMissingOrMalformedAuthorization_whenCallingProtectedEndpoint_then401WithBearerChallenge()
            throws Exception {
        HttpResponse<String> missing = get("/api/batteries", null);
        assertError(401, "unauthorized", missing);
        assertEquals("Bearer", missing.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertError(401, "unauthorized", send(request("/api/batteries", null)
                .header("Authorization", "Basic YWxpY2U6c2VjcmV0").GET().build()));
        assertError(401, "invalid_token", get("/api/batteries", "not.a.jwt"));
        assertError(401, "unauthorized", get("/api/batteries", ""));
    }

    @Test
    void givenTamperedToken_whenUsed_then401() throws Exception {
        String token = userToken("grace");
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replaceFirst("\"sub\":\"\\d+\"", "\"sub\":\"999\"");
        assertFalse(forged.equals(payload));
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertError(401, "invalid_token", get("/api/auth/me", tampered));
        String unsigned = "eyJhbGciOiJub25lIn0." + parts[1] + "."; // {"alg":"none"}
        assertError(401, "invalid_token", get("/api/auth/me", unsigned));
        assertEquals(200, get("/api/auth/me", token).statusCode(), "the genuine token still works");
    }

    @Test
    void givenExpiredToken_whenUsed_then401TokenExpired() throws Exception {
        String token = userToken("heidi");

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        assertError(401, "token_expired", get("/api/batteries", token));
    }

    @Test
    void givenLoggedOutToken_whenUsedAgainEvenAfterRestart_then401TokenRevoked() throws Exception {
        String token = userToken("ivan");
        String other = json(postJson("/api/auth/login", null,
                "{\"username\":\"ivan\",\"password\":\"" + PASSWORD + "\"}")).get("token").asText();

        assertEquals(204, postJson("/api/auth/logout", token, "").statusCode());

        assertError(401, "token_revoked", get("/api/batteries", token));
        assertEquals(200, get("/api/batteries", other).statusCode(), "only the logged-out session ends");
        server.stop();
        server = newServer();
        base = "http://127.0.0.1:" + server.start();
        assertError(401, "token_revoked", get("/api/auth/me", token));
        assertEquals(200, get("/api/auth/me", other).statusCode());
    }
}
