import { describe, expect, it } from "vitest";
import { admits, BUCKETS, canaryBucket } from "./canary-bucket.ts";

const ids = Array.from({ length: 10_000 }, () => crypto.randomUUID());

describe("canaryBucket", () => {
  it("stays in range and is stable per key", () => {
    for (const id of ids.slice(0, 500)) {
      const b = canaryBucket(id);
      expect(b).toBeGreaterThanOrEqual(0);
      expect(b).toBeLessThan(BUCKETS);
      expect(canaryBucket(id)).toBe(b);
    }
  });

  it.each([1, 5, 10, 25, 50, 75, 90])("admits %d %% of 10,000 random thread ids within ±1 %%", (percent) => {
    const share = (ids.filter((id) => admits(percent, id)).length / ids.length) * 100;
    expect(Math.abs(share - percent)).toBeLessThanOrEqual(1);
  });

  it("spreads sequential keys too (request counters, sequential uuids)", () => {
    const seq = Array.from({ length: 10_000 }, (_, i) => `req-${i}`);
    const share = (seq.filter((k) => admits(20, k)).length / seq.length) * 100;
    expect(Math.abs(share - 20)).toBeLessThanOrEqual(1);
  });

  it.each([
    { percent: 0, expected: false },
    { percent: -5, expected: false },
    { percent: 100, expected: true },
    { percent: 150, expected: true },
  ])("percent $percent admits every key: $expected", ({ percent, expected }) => {
    expect(ids.slice(0, 1000).every((id) => admits(percent, id) === expected)).toBe(true);
  });

  it("keeps a thread on the same side as the percentage grows (monotone ramp)", () => {
    // A thread admitted at 5 % stays admitted at 25 %: ramping never flips it back.
    const at5 = ids.filter((id) => admits(5, id));
    expect(at5.every((id) => admits(25, id))).toBe(true);
  });
});
