package io.batterylab.core.model;

import java.time.Instant;

/** A registered user. The password hash never leaves the storage layer. */
public record User(long id, String username, Instant createdAt) {
}
