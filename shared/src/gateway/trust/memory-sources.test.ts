import { describe, expect, it } from "vitest";
import { admitMemory, HUMAN_REVIEWED_SOURCES, INJECTABLE_SOURCES, memoryTrust, type MemorySource } from "./memory-sources.ts";

const item = (source: string) => ({ source, text: `from ${source}` });

describe("admitMemory", () => {
  it.each([
    { source: "sent_email", humanReviewed: false, admitted: true },
    { source: "human_note", humanReviewed: false, admitted: true },
    { source: "graph_derived", humanReviewed: false, admitted: true },
    // Distilled from raw inbound email: may carry an attacker's text.
    { source: "inbound_unverified", humanReviewed: false, admitted: false },
    { source: "inbound_unverified", humanReviewed: true, admitted: true },
    { source: "sent_email", humanReviewed: true, admitted: true },
    // Deny by default: unknown, differently cased or empty sources never pass.
    { source: "scraped_page", humanReviewed: true, admitted: false },
    { source: "SENT_EMAIL", humanReviewed: false, admitted: false },
    { source: "", humanReviewed: true, admitted: false },
  ])("$source (humanReviewed: $humanReviewed) -> admitted: $admitted", ({ source, humanReviewed, admitted }) => {
    expect(admitMemory([item(source)], { humanReviewed })).toEqual(admitted ? [item(source)] : []);
  });

  it("keeps order and is pure", () => {
    const items = [item("human_note"), item("inbound_unverified"), item("sent_email")];
    const copy = structuredClone(items);
    expect(admitMemory(items, { humanReviewed: false }).map((i) => i.source)).toEqual(["human_note", "sent_email"]);
    expect(items).toEqual(copy);
  });
});

describe("source sets", () => {
  it("human-reviewed = injectable + inbound_unverified", () => {
    expect([...INJECTABLE_SOURCES].sort()).toEqual(["graph_derived", "human_note", "sent_email"]);
    expect([...HUMAN_REVIEWED_SOURCES].sort()).toEqual(["graph_derived", "human_note", "inbound_unverified", "sent_email"]);
  });

  it.each<{ source: MemorySource; trust: "trusted" | "untrusted" }>([
    { source: "sent_email", trust: "trusted" },
    { source: "human_note", trust: "trusted" },
    { source: "graph_derived", trust: "trusted" },
    { source: "inbound_unverified", trust: "untrusted" },
  ])("memoryTrust($source) -> $trust", ({ source, trust }) => {
    expect(memoryTrust(source)).toBe(trust);
  });
});
