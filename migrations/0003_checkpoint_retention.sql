-- Retention pruning (shared/src/checkpoint/prune.ts) finds the threads to prune
-- through their checkpoints older than the cutoff.
CREATE INDEX checkpoints_by_created_at ON checkpoints (created_at);
