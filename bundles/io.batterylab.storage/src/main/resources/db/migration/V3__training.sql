-- BatteryLab schema, version 2: training jobs, their runs, per-epoch metrics and logs, and model versions.
-- Same dialect rules as V1 (H2 in MySQL mode and MySQL/MariaDB alike). Every row reaches a user: jobs and model
-- versions carry user_id, runs belong to their job, epochs and log lines to their run.

-- The queue: a worker claims a PENDING job with a conditional UPDATE (status = 'PENDING' in the WHERE clause),
-- which takes the row lock, so of several workers exactly one gets each job. A RUNNING job's worker refreshes
-- heartbeat_at; a job whose heartbeat is too old is failed by any other worker.
CREATE TABLE training_jobs (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    user_id          BIGINT       NOT NULL,
    name             VARCHAR(255) NOT NULL,
    target_key       VARCHAR(16)  NOT NULL,
    dataset_json     MEDIUMTEXT   NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    error_message    VARCHAR(2000) NULL,
    cancel_requested BOOLEAN      NOT NULL,
    worker_id        VARCHAR(128) NULL,
    heartbeat_at     DATETIME     NULL,
    created_at       DATETIME     NOT NULL,
    started_at       DATETIME     NULL,
    finished_at      DATETIME     NULL,
    CONSTRAINT pk_training_jobs PRIMARY KEY (id),
    CONSTRAINT fk_training_jobs_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_training_jobs_user ON training_jobs (user_id, id);
CREATE INDEX ix_training_jobs_status ON training_jobs (status, id);

CREATE TABLE training_runs (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    job_id           BIGINT        NOT NULL,
    run_index        INT           NOT NULL,
    algorithm_id     VARCHAR(128)  NOT NULL,
    features         VARCHAR(255)  NOT NULL,
    settings_json    MEDIUMTEXT    NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    error_message    VARCHAR(2000) NULL,
    model_version_id BIGINT        NULL,
    started_at       DATETIME      NULL,
    finished_at      DATETIME      NULL,
    CONSTRAINT pk_training_runs PRIMARY KEY (id),
    CONSTRAINT uq_training_runs_index UNIQUE (job_id, run_index),
    CONSTRAINT fk_training_runs_job FOREIGN KEY (job_id) REFERENCES training_jobs (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Validation metrics are NULL without validation cells; a NaN metric (e.g. R2 of a constant truth) is NULL too.
CREATE TABLE training_epochs (
    run_id             BIGINT NOT NULL,
    epoch_number       INT    NOT NULL,
    epochs             INT    NOT NULL,
    loss               DOUBLE NULL,
    val_loss           DOUBLE NULL,
    val_count          INT    NULL,
    val_mse            DOUBLE NULL,
    val_rmse           DOUBLE NULL,
    val_mae            DOUBLE NULL,
    val_r2             DOUBLE NULL,
    val_rmspe          DOUBLE NULL,
    val_rmspe_excluded INT    NULL,
    CONSTRAINT pk_training_epochs PRIMARY KEY (run_id, epoch_number),
    CONSTRAINT fk_training_epochs_run FOREIGN KEY (run_id) REFERENCES training_runs (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE training_log (
    id        BIGINT        NOT NULL AUTO_INCREMENT,
    run_id    BIGINT        NOT NULL,
    logged_at DATETIME      NOT NULL,
    message   VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_training_log PRIMARY KEY (id),
    CONSTRAINT fk_training_log_run FOREIGN KEY (run_id) REFERENCES training_runs (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_training_log_run ON training_log (run_id, id);

-- Files under data/{user_id}/models/{id}/. run_id is NULL for an imported model or after its job was deleted.
CREATE TABLE model_versions (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    user_id           BIGINT        NOT NULL,
    run_id            BIGINT        NULL,
    algorithm_id      VARCHAR(128)  NOT NULL,
    algorithm_version VARCHAR(64)   NOT NULL,
    target_key        VARCHAR(16)   NOT NULL,
    features          VARCHAR(255)  NOT NULL,
    settings_json     MEDIUMTEXT    NOT NULL,
    dataset_json      MEDIUMTEXT    NOT NULL,
    validation_json   VARCHAR(2000) NULL,
    test_json         VARCHAR(2000) NULL,
    created_at        DATETIME      NOT NULL,
    CONSTRAINT pk_model_versions PRIMARY KEY (id),
    CONSTRAINT fk_model_versions_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_model_versions_run FOREIGN KEY (run_id) REFERENCES training_runs (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_model_versions_user ON model_versions (user_id, id);
