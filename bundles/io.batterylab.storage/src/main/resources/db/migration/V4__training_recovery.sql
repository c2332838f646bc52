-- BatteryLab schema, version 4: what a worker needs to write its progress again after a lost connection without
-- storing it twice. A worker numbers the log lines of a run (a line written again after its commit was not
-- acknowledged hits the unique key instead of appearing twice); epochs already have (run_id, epoch_number) as key.
-- A run produces at most one model version.
ALTER TABLE training_log ADD COLUMN line_number INT NULL;
CREATE UNIQUE INDEX uq_training_log_line ON training_log (run_id, line_number);
CREATE UNIQUE INDEX uq_model_versions_run ON model_versions (run_id);
