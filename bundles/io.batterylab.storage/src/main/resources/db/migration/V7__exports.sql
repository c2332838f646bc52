-- BatteryLab schema: exports. One row per stored export file, data/{user_id}/exports/{source_kind}/{source_id}/
-- result.{file_extension}; exporting the same item in the same format again replaces the row and the file (hence
-- the unique key). Same dialect rules as V1 (H2 in MySQL mode and MySQL/MariaDB alike). An export stays when its
-- source item is deleted: it is the user's file.
CREATE TABLE exports (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    user_id        BIGINT       NOT NULL,
    source_kind    VARCHAR(64)  NOT NULL,
    source_id      BIGINT       NOT NULL,
    format_id      VARCHAR(128) NOT NULL,
    file_extension VARCHAR(32)  NOT NULL,
    media_type     VARCHAR(255) NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    created_at     DATETIME     NOT NULL,
    CONSTRAINT pk_exports PRIMARY KEY (id),
    CONSTRAINT uq_exports_file UNIQUE (user_id, source_kind, source_id, file_extension),
    CONSTRAINT fk_exports_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_exports_user ON exports (user_id, id);
