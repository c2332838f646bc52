-- BatteryLab schema, version 2: signed-out REST sessions.
-- A JWT stays valid until it expires; logging out records its id (jti) here so the server refuses it
-- from then on, also after a restart and across server processes sharing one MySQL/MariaDB database.
-- Rows are only needed until the token would have expired anyway (expires_at, UTC), then they are purged.

CREATE TABLE revoked_tokens (
    token_id   VARCHAR(64) NOT NULL,
    user_id    BIGINT      NOT NULL,
    expires_at DATETIME    NOT NULL,
    CONSTRAINT pk_revoked_tokens PRIMARY KEY (token_id),
    CONSTRAINT fk_revoked_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_revoked_tokens_expiry ON revoked_tokens (expires_at);
