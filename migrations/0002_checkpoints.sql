-- LangGraph checkpoints (D1Saver), stored as deltas like LangGraph's Postgres
-- saver: a checkpoint row holds everything but channel values, and each channel
-- value is stored once per (channel, version) in checkpoint_blobs, so a step
-- that changes one channel writes one blob, not the whole state.

CREATE TABLE checkpoints (
  thread_id            TEXT NOT NULL,
  checkpoint_ns        TEXT NOT NULL DEFAULT '',
  checkpoint_id        TEXT NOT NULL,
  parent_checkpoint_id TEXT,
  -- The checkpoint minus channel_values, as JSON: reads join blobs on its
  -- channel_versions with json_each.
  checkpoint           TEXT NOT NULL,
  -- Serialised metadata, as JSON: list() filters on its keys with json_each.
  metadata             TEXT NOT NULL DEFAULT '{}',
  -- ISO 8601, when the row was first written; for retention pruning.
  created_at           TEXT NOT NULL,
  PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id)
);
-- list() over one thread across all namespaces, newest first.
CREATE INDEX checkpoints_by_thread ON checkpoints (thread_id, checkpoint_id);
-- list() across all threads, newest first.
CREATE INDEX checkpoints_by_id ON checkpoints (checkpoint_id);

CREATE TABLE checkpoint_blobs (
  thread_id     TEXT NOT NULL,
  checkpoint_ns TEXT NOT NULL DEFAULT '',
  channel       TEXT NOT NULL,
  version       TEXT NOT NULL,
  -- Serializer type; 'empty' marks a channel that was cleared at this version.
  type          TEXT NOT NULL,
  blob          BLOB,
  PRIMARY KEY (thread_id, checkpoint_ns, channel, version)
);

CREATE TABLE checkpoint_writes (
  thread_id     TEXT NOT NULL,
  checkpoint_ns TEXT NOT NULL DEFAULT '',
  checkpoint_id TEXT NOT NULL,
  task_id       TEXT NOT NULL,
  -- Serialised path of the writing task ('' for input and Command updates):
  -- pending writes are replayed in (task_path, task_id, idx) order.
  task_path     TEXT NOT NULL DEFAULT '',
  idx           INTEGER NOT NULL,
  channel       TEXT NOT NULL,
  type          TEXT NOT NULL,
  blob          BLOB,
  PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id, task_id, idx)
);
