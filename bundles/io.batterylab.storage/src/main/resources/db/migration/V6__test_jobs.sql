-- BatteryLab schema, version 6: test jobs (a model version evaluated on cells, optionally h cycles ahead) and their
-- results per user. Same dialect rules as V1. The jobs table has the queue columns of training_jobs (claimed with a
-- conditional UPDATE, kept alive by heartbeat_at) so that the same workers run both.
-- model_version_id has no foreign key: the results stay readable after the model version is deleted.
CREATE TABLE test_jobs (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    user_id          BIGINT        NOT NULL,
    name             VARCHAR(255)  NOT NULL,
    model_version_id BIGINT        NOT NULL,
    spec_json        MEDIUMTEXT    NOT NULL,
    targets          VARCHAR(64)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    error_message    VARCHAR(2000) NULL,
    cancel_requested BOOLEAN       NOT NULL,
    worker_id        VARCHAR(128)  NULL,
    heartbeat_at     DATETIME      NULL,
    batteries_done   INT           NOT NULL,
    batteries_total  INT           NOT NULL,
    rows_skipped     INT           NOT NULL,
    created_at       DATETIME      NOT NULL,
    started_at       DATETIME      NULL,
    finished_at      DATETIME      NULL,
    CONSTRAINT pk_test_jobs PRIMARY KEY (id),
    CONSTRAINT fk_test_jobs_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_test_jobs_user ON test_jobs (user_id, id);
CREATE INDEX ix_test_jobs_status ON test_jobs (status, id);

-- Metrics per target, of one cell (battery_id > 0) or over all cells (battery_id = 0, written when the job succeeds).
-- A NaN metric (nothing scored, or R2 of a constant truth) is NULL.
CREATE TABLE test_metrics (
    job_id         BIGINT       NOT NULL,
    battery_id     BIGINT       NOT NULL,
    battery_name   VARCHAR(255) NOT NULL,
    target_key     VARCHAR(16)  NOT NULL,
    rows_skipped   INT          NOT NULL,
    row_count      INT          NOT NULL,
    mse            DOUBLE       NULL,
    rmse           DOUBLE       NULL,
    mae            DOUBLE       NULL,
    r2             DOUBLE       NULL,
    rmspe          DOUBLE       NULL,
    rmspe_excluded INT          NOT NULL,
    CONSTRAINT pk_test_metrics PRIMARY KEY (job_id, battery_id, target_key),
    CONSTRAINT fk_test_metrics_job FOREIGN KEY (job_id) REFERENCES test_jobs (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per scored test row: inputs of input_cycle, targets of cycle = input_cycle + h. Written per cell in one
-- JDBC batch, read in pages by (job, cell, input cycle), which is the primary key.
CREATE TABLE test_details (
    job_id      BIGINT NOT NULL,
    battery_id  BIGINT NOT NULL,
    input_cycle INT    NOT NULL,
    cycle       INT    NOT NULL,
    rul_true    DOUBLE NULL,
    rul_pred    DOUBLE NULL,
    pcl_true    DOUBLE NULL,
    pcl_pred    DOUBLE NULL,
    CONSTRAINT pk_test_details PRIMARY KEY (job_id, battery_id, input_cycle),
    CONSTRAINT fk_test_details_job FOREIGN KEY (job_id) REFERENCES test_jobs (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
