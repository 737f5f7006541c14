import { describe, expect, it } from "vitest";
import { keepsByThreshold, randomnessOf, thresholdHex, thresholdOf } from "./consistent-probability.ts";
import { decideTrace, type TailDecision } from "./tail-decision.ts";

// Trace ids whose low 56 bits (last 14 hex digits) are chosen on purpose.
const id = (low56: string) => `0af7651916cd43dd84${low56}`;

describe("thresholdOf / thresholdHex (OTEP 235)", () => {
  type Row = { p: number; hex: string };
  const CASES: Row[] = [
    { p: 1, hex: "0" }, // keep all
    { p: 0.5, hex: "8" },
    { p: 0.25, hex: "c" },
    { p: 0.1, hex: "e6666666666666" }, // full 56-bit precision, trailing zeros only are trimmed
    { p: 0.01, hex: "fd70a3d70a3d71" },
    { p: 0.001, hex: "ffbe76c8b43958" },
  ];
  it.each(CASES)("p=$p → th:$hex", ({ p, hex }) => expect(thresholdHex(thresholdOf(p))).toBe(hex));

  it("p=0 keeps nothing: T = 2^56 is above every R", () => {
    expect(keepsByThreshold(randomnessOf(id("ffffffffffffff")), thresholdOf(0))).toBe(false);
  });

  it("clamps nonsense probabilities instead of throwing", () => {
    expect(thresholdOf(7)).toBe(0n);
    expect(thresholdOf(-1)).toBe(1n << 56n);
    expect(thresholdOf(Number.NaN)).toBe(0n);
  });
});

describe("randomnessOf", () => {
  it("is the rightmost 7 bytes of the trace id", () => {
    expect(randomnessOf("4bf92f3577b34da6a3ce929d0e0e4736")).toBe(0xce929d0e0e4736n);
  });
  it("rejects a malformed id", () => expect(() => randomnessOf("xyz")).toThrow(/32 hex/));
});

describe("decideTrace", () => {
  const routine = [{ error: false, durationMs: 12 }];
  type Row = { name: string; traceId: string; tracestate?: string; spans: { error: boolean; durationMs: number }[]; p: number; expected: TailDecision };
  const CASES: Row[] = [
    // The exact boundary of the consistent-probability rule: R = T is kept, R = T − 1 is dropped.
    { name: "R = T at p=0.5", traceId: id("80000000000000"), spans: routine, p: 0.5, expected: { keep: true, reason: "sampled", th: "8" } },
    { name: "R = T−1 at p=0.5", traceId: id("7fffffffffffff"), spans: routine, p: 0.5, expected: { keep: false, reason: "unsampled", th: null } },
    { name: "R = T at p=0.1", traceId: id("e6666666666666"), spans: routine, p: 0.1, expected: { keep: true, reason: "sampled", th: "e6666666666666" } },
    { name: "R = T−1 at p=0.1", traceId: id("e6666666666665"), spans: routine, p: 0.1, expected: { keep: false, reason: "unsampled", th: null } },
    { name: "R = T at p=0.01", traceId: id("fd70a3d70a3d71"), spans: routine, p: 0.01, expected: { keep: true, reason: "sampled", th: "fd70a3d70a3d71" } },
    { name: "R = T−1 at p=0.01", traceId: id("fd70a3d70a3d70"), spans: routine, p: 0.01, expected: { keep: false, reason: "unsampled", th: null } },
    { name: "lowest R at p=1 is kept", traceId: id("00000000000000"), spans: routine, p: 1, expected: { keep: true, reason: "sampled", th: "0" } },
    { name: "highest R at p=0 is dropped", traceId: id("ffffffffffffff"), spans: routine, p: 0, expected: { keep: false, reason: "unsampled", th: null } },
    // An explicit rv in tracestate is the randomness, not the trace id.
    { name: "rv overrides the id", traceId: id("00000000000000"), tracestate: "ot=rv:80000000000000", spans: routine, p: 0.5, expected: { keep: true, reason: "sampled", th: "8" } },
    // Errors and slow traces are always kept, whatever their randomness.
    { name: "error with low R", traceId: id("00000000000001"), spans: [{ error: false, durationMs: 3 }, { error: true, durationMs: 1 }], p: 0.01, expected: { keep: true, reason: "error", th: "0" } },
    { name: "slow at the threshold", traceId: id("00000000000001"), spans: [{ error: false, durationMs: 2000 }], p: 0.01, expected: { keep: true, reason: "slow", th: "0" } },
    { name: "just under slow is routine", traceId: id("00000000000001"), spans: [{ error: false, durationMs: 1999.9 }], p: 0.01, expected: { keep: false, reason: "unsampled", th: null } },
    // The sampler's own failure never drops a trace.
    { name: "malformed trace id", traceId: "not-a-trace-id", spans: routine, p: 0.01, expected: { keep: true, reason: "sampler_failed", th: null } },
  ];
  it.each(CASES)("$name", ({ traceId, tracestate, spans, p, expected }) => {
    expect(decideTrace({ traceId, ...(tracestate ? { tracestate } : {}), spans }, { probability: p, slowMs: 2000 })).toEqual(expected);
  });

  it("never throws, even on a hostile span list", () => {
    const spans = new Proxy([], { get: () => { throw new Error("boom"); } }) as never;
    expect(decideTrace({ traceId: id("00000000000000"), spans }, { probability: 0.5, slowMs: 1 })).toEqual({ keep: true, reason: "sampler_failed", th: null });
  });

  it("decides the same way every time for the same trace (deterministic, no random())", () => {
    const ids = Array.from({ length: 200 }, (_, i) => id((BigInt(i) * 0x123456789abn).toString(16).padStart(14, "0").slice(-14)));
    const once = ids.map((t) => decideTrace({ traceId: t, spans: routine }, { probability: 0.3, slowMs: 2000 }).keep);
    const again = ids.map((t) => decideTrace({ traceId: t, spans: routine }, { probability: 0.3, slowMs: 2000 }).keep);
    expect(again).toEqual(once);
  });
});
