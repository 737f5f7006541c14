// LangGraph checkpointer on Cloudflare D1.
export { CHECKPOINT_ROW_LABEL, D1Saver, DEFAULT_MAX_BLOB_BYTES, type D1SaverOptions } from "./d1-saver.ts";
export { CheckpointTooLargeError } from "./errors.ts";
export { DEFAULT_LIST_CACHE_SIZE, DEFAULT_SNAPSHOT_EVERY } from "./list-segments.ts";
export { MAX_PRUNE_BATCH, type PruneOptions, pruneFinishedThreads } from "./prune.ts";
