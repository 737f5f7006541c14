import { describe, expect, it } from "vitest";
import type { NameParts, PatternId } from "./email-patterns.ts";
import { KNOWN_PATTERN_CONFIDENCE, rankCandidates } from "./rank-candidates.ts";

const ada: NameParts = { first: "ada", last: "example" };

interface Row {
  readonly name: string;
  readonly parts: NameParts;
  readonly known?: PatternId;
  readonly top: string[];
  readonly topConfidence: number;
}

describe("rankCandidates", () => {
  it.each<Row>([
    { name: "priors only", parts: ada, top: ["ada.example@acme.io", "aexample@acme.io", "ada@acme.io"], topConfidence: 0.32 },
    { name: "known pattern goes first", parts: ada, known: "last.first", top: ["example.ada@acme.io", "ada.example@acme.io", "aexample@acme.io"], topConfidence: KNOWN_PATTERN_CONFIDENCE },
    { name: "known pattern the name cannot fill is ignored", parts: ada, known: "fmlast", top: ["ada.example@acme.io", "aexample@acme.io", "ada@acme.io"], topConfidence: 0.32 },
    { name: "middle-name pattern when known", parts: { ...ada, middle: "lovelace" }, known: "first.m.last", top: ["ada.l.example@acme.io", "ada.example@acme.io"], topConfidence: 0.9 },
    // "j.example" comes from both first.last and f.last: one candidate, priors summed.
    { name: "one-letter first name merges duplicates", parts: { first: "j", last: "example" }, top: ["j.example@acme.io", "jexample@acme.io"], topConfidence: 0.37 },
  ])("$name", ({ parts, known, top, topConfidence }) => {
    const candidates = rankCandidates(parts, "acme.io", known);
    expect(candidates.slice(0, top.length).map((c) => c.address)).toEqual(top);
    expect(candidates[0]?.confidence).toBeCloseTo(topConfidence, 4);
  });

  it.each<{ parts: NameParts }>([{ parts: ada }, { parts: { first: "j", last: "j" } }, { parts: { first: "ada", middle: "a", last: "a" } }])(
    "never repeats an address ($parts.first $parts.last)",
    ({ parts }) => {
      const addresses = rankCandidates(parts, "acme.io").map((c) => c.address);
      expect(new Set(addresses).size).toBe(addresses.length);
    },
  );

  it("orders by confidence, then pattern order, and keeps confidences in [0, 1]", () => {
    const candidates = rankCandidates({ ...ada, middle: "lovelace" }, "acme.io");
    expect(candidates).toHaveLength(15);
    for (const [i, c] of candidates.entries()) {
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
      if (i > 0) expect(c.confidence).toBeLessThanOrEqual(candidates[i - 1]!.confidence);
    }
  });

  it("flags role localparts instead of dropping them", () => {
    const candidates = rankCandidates({ first: "sales", last: "example" }, "acme.io");
    expect(candidates.find((c) => c.address === "sales@acme.io")).toMatchObject({ pattern: "first", role: true });
    expect(candidates.find((c) => c.address === "sales.example@acme.io")?.role).toBe(false);
  });

  it("drops localparts longer than 64 characters", () => {
    const long = { first: "a".repeat(40), last: "b".repeat(40) };
    const candidates = rankCandidates(long, "acme.io");
    expect(candidates.every((c) => c.address.indexOf("@") <= 64)).toBe(true);
    expect(candidates.map((c) => c.pattern)).not.toContain("first.last");
  });
});
