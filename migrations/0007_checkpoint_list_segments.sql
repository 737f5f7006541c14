-- Append-only storage of list channels (D1Saver, shared/src/checkpoint/list-segments.ts).
-- A list that extends the list stored at an earlier version of its channel is
-- stored as a segment: a JSON array of the appended items only, at its own
-- (channel, version), naming the version it extends in base_version. Reading
-- concatenates the chain from the last snapshot (base_version NULL: a value
-- stored whole, as every row before this migration) to the segment.
-- Rows of a thread are deleted together (deleteThread, retention pruning): a
-- segment's base must outlive it.

ALTER TABLE checkpoint_blobs ADD COLUMN base_version TEXT;
-- Segments since the last snapshot: 0 for a whole value, else the base's + 1,
-- read by the insert from the base row it expects (version and list_hash), so
-- inserting a segment whose base is gone, or holds another list, fails (NOT
-- NULL) instead of storing a broken chain.
ALTER TABLE checkpoint_blobs ADD COLUMN depth INTEGER NOT NULL DEFAULT 0;
-- For a JSON list: 16 bytes of SHA-256 (hex) of its whole serialization minus
-- the closing "]", whether this row holds it whole or as a segment.
ALTER TABLE checkpoint_blobs ADD COLUMN list_hash TEXT;
