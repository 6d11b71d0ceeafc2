-- weishi storage-jdbc schema, version 1. Documented in docs/storage.md; keep the two in step.
-- Runs unchanged on H2 2.x and PostgreSQL 15+; the one dialect difference (the large-text type
-- of snapshot payloads) comes in as the placeholder ${large_text}.

-- One row: the head of the log. Every writing transaction locks it (SELECT ... FOR UPDATE) before
-- it assigns positions, so writers in every process are serialised, positions are committed in
-- order (readers never see a gap), and the hash chain continues from the right event.
CREATE TABLE log_head (
    id            INTEGER     NOT NULL PRIMARY KEY,
    last_position BIGINT      NOT NULL,
    last_hash     CHAR(64)    NOT NULL,
    CONSTRAINT log_head_single_row CHECK (id = 1)
);
INSERT INTO log_head (id, last_position, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The event log, which is also the transactional outbox: notifiers read it by position.
CREATE TABLE events (
    position           BIGINT       NOT NULL PRIMARY KEY,
    stream_type        VARCHAR(32)  NOT NULL,
    stream_id          VARCHAR(128) NOT NULL,
    version            BIGINT       NOT NULL,
    event_type         VARCHAR(64)  NOT NULL,
    payload            VARCHAR      NOT NULL,
    metadata           VARCHAR      NOT NULL,
    recorded_at_micros BIGINT       NOT NULL,
    previous_hash      CHAR(64)     NOT NULL,
    hash               CHAR(64)     NOT NULL,
    -- Also how a stream's current version is found (highest version, read backwards) and how a
    -- stream is read in order; a second writer of the same version is refused here too.
    CONSTRAINT events_stream_version UNIQUE (stream_type, stream_id, version),
    CONSTRAINT events_position_positive CHECK (position > 0),
    CONSTRAINT events_version_positive CHECK (version > 0)
);

-- Idempotency keys, kept for the life of the store. The result's stream versions are derived from
-- the events in [first_position, last_position], so they are not stored twice.
CREATE TABLE idempotency_keys (
    idem_key       VARCHAR(128) NOT NULL PRIMARY KEY,
    fingerprint    VARCHAR,
    first_position BIGINT       NOT NULL,
    last_position  BIGINT       NOT NULL
);

-- Consumers' cursors into the log: notifier outbox delivery state, projections.
CREATE TABLE checkpoints (
    consumer           VARCHAR(200) NOT NULL PRIMARY KEY,
    position           BIGINT       NOT NULL,
    updated_at_micros  BIGINT       NOT NULL
);

-- The latest snapshot of each name.
CREATE TABLE snapshots (
    name               VARCHAR(200) NOT NULL PRIMARY KEY,
    position           BIGINT       NOT NULL,
    schema_version     INTEGER      NOT NULL,
    payload            ${large_text} NOT NULL,
    saved_at_micros    BIGINT       NOT NULL
);

-- Personal data, apart from the public event log so it can be erased (DELETE) without touching
-- the hash chain.
CREATE TABLE personal_data (
    person_key         VARCHAR(200) NOT NULL PRIMARY KEY,
    fields             ${large_text} NOT NULL,
    updated_at_micros  BIGINT       NOT NULL
);
