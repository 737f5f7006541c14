import { describe, expect, it } from "vitest";
import { capBytes, type CapState } from "@agentic-sales/shared/web/byte-cap.ts";

const stream = (sizes: number[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const n of sizes) c.enqueue(new Uint8Array(n));
      c.close();
    },
  });

describe("capBytes", () => {
  it.each<{ sizes: number[]; max: number; exceeded: boolean }>([
    { sizes: [10, 10], max: 20, exceeded: false },
    { sizes: [10, 11], max: 20, exceeded: true },
    { sizes: [], max: 0, exceeded: false },
  ])("$sizes under $max → exceeded $exceeded", async ({ sizes, max, exceeded }) => {
    const state: CapState = { bytes: 0, exceeded: false };
    const read = new Response(stream(sizes).pipeThrough(capBytes(max, state))).arrayBuffer();
    if (exceeded) await expect(read).rejects.toThrow(/exceeds/);
    else expect((await read).byteLength).toBe(sizes.reduce((a, b) => a + b, 0));
    expect(state.exceeded).toBe(exceeded);
  });
});
