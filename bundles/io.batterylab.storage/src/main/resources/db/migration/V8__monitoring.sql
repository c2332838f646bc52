-- BatteryLab schema, version 8: live thermal-runaway monitoring (SPEC §9). Same dialect rules as V1 (H2 in MySQL
-- mode and MySQL/MariaDB alike). Times are epoch milliseconds in BIGINT: samples come at 2 Hz, and Connector/J
-- drops fractional seconds of DATETIME on MariaDB. The rows belong to the io.batterylab.monitor store.

-- A node id claimed by one user (device_id is unique: an id claimed by another user is refused).
CREATE TABLE monitor_devices (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    user_id            BIGINT        NOT NULL,
    device_id          VARCHAR(64)   NOT NULL,
    name               VARCHAR(255)  NOT NULL,
    detectors          VARCHAR(1024) NOT NULL,
    created_ms         BIGINT        NOT NULL,
    last_seen_ms       BIGINT        NULL,
    last_device_status VARCHAR(16)   NULL,
    last_model_status  VARCHAR(16)   NULL,
    last_model_risk    DOUBLE        NULL,
    CONSTRAINT pk_monitor_devices PRIMARY KEY (id),
    CONSTRAINT uq_monitor_devices_device UNIQUE (device_id),
    CONSTRAINT fk_monitor_devices_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_monitor_devices_user ON monitor_devices (user_id, device_id);

-- Every kept sample with the device's status and the model verdict of its window (NULL while the window fills).
CREATE TABLE monitor_samples (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    device_pk         BIGINT      NOT NULL,
    received_ms       BIGINT      NOT NULL,
    device_time_ms    BIGINT      NOT NULL,
    gap_before        BOOLEAN     NOT NULL,
    device_status     VARCHAR(16) NOT NULL,
    model_status      VARCHAR(16) NULL,
    model_risk        DOUBLE      NULL,
    temp_ambient_c    DOUBLE      NULL,
    temp_internal_c   DOUBLE      NULL,
    humidity_percent  DOUBLE      NULL,
    mq2_ppm           DOUBLE      NULL,
    mq4_ppm           DOUBLE      NULL,
    mq8_ppm           DOUBLE      NULL,
    mq7_ppm           DOUBLE      NULL,
    voc_index         DOUBLE      NULL,
    max30105_smoke    DOUBLE      NULL,
    max30105_temp_c   DOUBLE      NULL,
    CONSTRAINT pk_monitor_samples PRIMARY KEY (id),
    CONSTRAINT fk_monitor_samples_device FOREIGN KEY (device_pk) REFERENCES monitor_devices (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_monitor_samples_time ON monitor_samples (device_pk, received_ms);

-- Samples older than the retention period, averaged per minute (the worst statuses and highest risk kept).
CREATE TABLE monitor_sample_minutes (
    device_pk         BIGINT      NOT NULL,
    minute_ms         BIGINT      NOT NULL,
    sample_count      INT         NOT NULL,
    device_status     VARCHAR(16) NOT NULL,
    model_status      VARCHAR(16) NULL,
    model_risk        DOUBLE      NULL,
    temp_ambient_c    DOUBLE      NULL,
    temp_internal_c   DOUBLE      NULL,
    humidity_percent  DOUBLE      NULL,
    mq2_ppm           DOUBLE      NULL,
    mq4_ppm           DOUBLE      NULL,
    mq8_ppm           DOUBLE      NULL,
    mq7_ppm           DOUBLE      NULL,
    voc_index         DOUBLE      NULL,
    max30105_smoke    DOUBLE      NULL,
    max30105_temp_c   DOUBLE      NULL,
    CONSTRAINT pk_monitor_sample_minutes PRIMARY KEY (device_pk, minute_ms),
    CONSTRAINT fk_monitor_sample_minutes_device FOREIGN KEY (device_pk) REFERENCES monitor_devices (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Status commands sent to a node: automatic corrections (user_id NULL) and users' manual commands.
CREATE TABLE monitor_corrections (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    device_pk     BIGINT      NOT NULL,
    sent_ms       BIGINT      NOT NULL,
    command       VARCHAR(16) NOT NULL,
    device_status VARCHAR(16) NULL,
    model_status  VARCHAR(16) NULL,
    user_id       BIGINT      NULL,
    CONSTRAINT pk_monitor_corrections PRIMARY KEY (id),
    CONSTRAINT fk_monitor_corrections_device FOREIGN KEY (device_pk) REFERENCES monitor_devices (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_monitor_corrections_device ON monitor_corrections (device_pk, sent_ms);

-- Alarms: RAISED → ACKNOWLEDGED (by a user) → CLEARED (after a quiet period); an acknowledged one may clear too.
CREATE TABLE monitor_alarms (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    device_pk       BIGINT        NOT NULL,
    severity        VARCHAR(16)   NOT NULL,
    detectors       VARCHAR(1024) NOT NULL,
    risk            DOUBLE        NOT NULL,
    values_json     VARCHAR(4000) NOT NULL,
    raised_ms       BIGINT        NOT NULL,
    acknowledged_ms BIGINT        NULL,
    acknowledged_by BIGINT        NULL,
    cleared_ms      BIGINT        NULL,
    CONSTRAINT pk_monitor_alarms PRIMARY KEY (id),
    CONSTRAINT fk_monitor_alarms_device FOREIGN KEY (device_pk) REFERENCES monitor_devices (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_monitor_alarms_device ON monitor_alarms (device_pk, raised_ms);
