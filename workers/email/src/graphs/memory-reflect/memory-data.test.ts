import { describe, expect, it } from "vitest";
import { memoryData } from "./memory-data.ts";
import type { MemoryFact } from "./memory-item.ts";

const sent: MemoryFact = { fact: "We sent the case study.", source: "sent_email" };
const note: MemoryFact = { fact: "Met at the fair.", source: "human_note", kind: "note" };
const inbound: MemoryFact = { fact: "Budget opens in Q3.", source: "inbound_unverified", kind: "timing" };

describe("memoryData", () => {
  it.each([
    { name: "no memory, no block", items: [], humanReviewed: false, labels: [], used: 0 },
    { name: "unreviewed: first-party only, trusted", items: [sent, inbound, note], humanReviewed: false, labels: [["memory", "trusted"]], used: 2 },
    { name: "reviewed: inbound admitted, untrusted", items: [sent, inbound], humanReviewed: true, labels: [["memory", "trusted"], ["memory_unverified", "untrusted"]], used: 2 },
    { name: "reviewed, inbound only", items: [inbound], humanReviewed: true, labels: [["memory_unverified", "untrusted"]], used: 1 },
    // A source outside the four tiers (an old row, a typo) is denied.
    { name: "unknown tier denied", items: [{ fact: "x", source: "admin" } as unknown as MemoryFact], humanReviewed: true, labels: [], used: 0 },
  ])("$name", ({ items, humanReviewed, labels, used }) => {
    const out = memoryData(items, { humanReviewed });
    expect(out.data.map((d) => [d.label, d.trust])).toEqual(labels);
    expect(out.used).toHaveLength(used);
  });

  it("keeps the first eight, and strips invisible characters even from first-party facts", () => {
    const many = Array.from({ length: 12 }, (_, i): MemoryFact => ({ fact: `Fact ${i}\u200b.`, source: "sent_email" }));
    const out = memoryData(many, { humanReviewed: false });
    expect(out.used).toHaveLength(8);
    expect(JSON.parse(out.data[0]!.text)[0]).toEqual({ kind: "note", source: "sent_email", fact: "Fact 0." });
  });
});
