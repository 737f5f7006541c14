/** Flags a body that went over its cap; read after the stream errors to tell why. */
export interface CapState {
  bytes: number;
  exceeded: boolean;
}

/**
 * A pass-through byte stream that errors as soon as more than `maxBytes`
 * have gone through, so a huge page costs at most `maxBytes` of download and
 * memory, whatever its Content-Length claimed (or did not).
 *
 * @example
 * const state = { bytes: 0, exceeded: false };
 * response.body.pipeThrough(capBytes(2_000_000, state));
 */
export function capBytes(maxBytes: number, state: CapState): TransformStream<Uint8Array, Uint8Array> {
  return new TransformStream({
    transform(chunk, controller) {
      state.bytes += chunk.byteLength;
      if (state.bytes > maxBytes) {
        state.exceeded = true;
        controller.error(new RangeError(`body exceeds ${maxBytes} bytes`));
        return;
      }
      controller.enqueue(chunk);
    },
  });
}
