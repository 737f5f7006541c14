/**
 * A checkpoint value too large to store: production D1 refuses a row or BLOB
 * over ~2 MB (local D1 accepts more, so this is checked before writing rather
 * than left to the database). Thrown before anything of the put is written.
 */
export class CheckpointTooLargeError extends Error {
  override readonly name = "CheckpointTooLargeError";
  readonly code = "checkpoint_too_large";

  constructor(
    /** Thread of the refused checkpoint. */
    readonly threadId: string,
    /** Channel of the refused value (or the pending write's channel). */
    readonly channel: string,
    /** Serialised size of the refused value, in bytes. */
    readonly bytes: number,
    /** The limit it exceeds (the saver's `maxBlobBytes`). */
    readonly maxBytes: number,
  ) {
    super(
      `Checkpoint value of channel "${channel}" in thread "${threadId}" is ${bytes} bytes, ` +
        `over the ${maxBytes}-byte limit per value (D1 caps a row at ~2 MB); nothing was written.`,
    );
  }
}
