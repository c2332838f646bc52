-- BatteryLab schema, version 1.
-- One script for both the embedded H2 database (MODE=MySQL;DATABASE_TO_LOWER=TRUE) and MySQL/MariaDB:
-- only syntax both understand. InnoDB for foreign keys, utf8mb4 so that any user or battery name fits;
-- H2 accepts and ignores these table options in MySQL mode.
-- Times are UTC in whole seconds (DATETIME); a missing measurement is NULL, never 0.

CREATE TABLE users (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    created_at    DATETIME     NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT uq_users_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE uploads (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    user_id            BIGINT       NOT NULL,
    original_file_name VARCHAR(255) NOT NULL,
    data_source_id     VARCHAR(128) NOT NULL,
    created_at         DATETIME     NOT NULL,
    battery_count      INT          NOT NULL,
    row_count          INT          NOT NULL,
    report_json        MEDIUMTEXT   NOT NULL,
    CONSTRAINT pk_uploads PRIMARY KEY (id),
    CONSTRAINT fk_uploads_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_uploads_user ON uploads (user_id, id);

-- user_id NULL marks a built-in cell that every user sees; upload_id NULL likewise.
CREATE TABLE batteries (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    user_id             BIGINT       NULL,
    upload_id           BIGINT       NULL,
    name                VARCHAR(255) NOT NULL,
    source              VARCHAR(16)  NOT NULL,
    split               VARCHAR(64)  NULL,
    nominal_capacity_ah DOUBLE       NULL,
    charging_policy     VARCHAR(255) NULL,
    cycle_life          INT          NULL,
    cycle_count         INT          NOT NULL,
    synthetic           BOOLEAN      NOT NULL,
    CONSTRAINT pk_batteries PRIMARY KEY (id),
    CONSTRAINT fk_batteries_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_batteries_upload FOREIGN KEY (upload_id) REFERENCES uploads (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_batteries_user ON batteries (user_id, id);

-- Cycle rows belong to their battery; ownership is checked through batteries.user_id.
CREATE TABLE cycles (
    battery_id   BIGINT NOT NULL,
    cycle        INT    NOT NULL,
    dq_slope     DOUBLE NULL,
    dq_intercept DOUBLE NULL,
    t_avg        DOUBLE NULL,
    ir           DOUBLE NULL,
    charge_time  DOUBLE NULL,
    dqdv_max     DOUBLE NULL,
    dqdv_min     DOUBLE NULL,
    dqdv_var     DOUBLE NULL,
    rul          DOUBLE NULL,
    pcl          DOUBLE NULL,
    CONSTRAINT pk_cycles PRIMARY KEY (battery_id, cycle),
    CONSTRAINT fk_cycles_battery FOREIGN KEY (battery_id) REFERENCES batteries (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Small facts about the database itself, e.g. that the built-in cells are loaded.
CREATE TABLE app_state (
    state_key   VARCHAR(128)  NOT NULL,
    state_value VARCHAR(1024) NOT NULL,
    CONSTRAINT pk_app_state PRIMARY KEY (state_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
