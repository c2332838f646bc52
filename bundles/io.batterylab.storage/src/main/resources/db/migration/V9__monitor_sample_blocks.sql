-- BatteryLab schema, version 9: monitoring samples stored in blocks (issue 13). Same dialect rules as V8. A block
-- holds up to 50 consecutive samples of one device (io.batterylab.monitor.store.BlockCodec, versioned), spanning at
-- most 10 minutes of received_ms; 6,000 bytes hold 50 samples at their largest, and both H2 and InnoDB (row format
-- DYNAMIC: under ~8,000 bytes a row) keep a VARBINARY of that size in the row, not in a LOB. Rows of
-- monitor_samples stay readable and are compacted as before; new samples go here.
CREATE TABLE monitor_sample_blocks (
    id           BIGINT          NOT NULL AUTO_INCREMENT,
    device_pk    BIGINT          NOT NULL,
    first_ms     BIGINT          NOT NULL,
    last_ms      BIGINT          NOT NULL,
    sample_count INT             NOT NULL,
    samples      VARBINARY(6000) NOT NULL,
    CONSTRAINT pk_monitor_sample_blocks PRIMARY KEY (id),
    CONSTRAINT fk_monitor_sample_blocks_device FOREIGN KEY (device_pk) REFERENCES monitor_devices (id)
        ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A series reads the blocks with first_ms in [from - 10 min, to] and last_ms >= from; last_ms makes it covering.
CREATE INDEX ix_monitor_sample_blocks_time ON monitor_sample_blocks (device_pk, first_ms, last_ms);
