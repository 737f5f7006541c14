import { describe, expect, it } from "vitest";
import { suppressionOf } from "./suppression.ts";

const AS_OF = "2026-11-24T10:00:00Z";

describe("suppressionOf", () => {
  it.each([
    { name: "unsubscribed kind", events: [{ kind: "unsubscribed", occurred_at: "2026-11-20T10:00:00Z" }], reason: "unsubscribed on 2026-11-20" },
    { name: "unsubscribe label on a reply", events: [{ kind: "replied", label: "Unsubscribe", occurred_at: "2026-11-21T10:00:00Z" }], reason: "unsubscribe on 2026-11-21" },
    { name: "a bounce", events: [{ kind: "bounced", occurred_at: "2026-11-22T10:00:00Z" }], reason: "bounced on 2026-11-22" },
    // Unlike engagement, this does not decay: a year-old unsubscribe still holds.
    { name: "an old unsubscribe", events: [{ kind: "unsubscribed", occurred_at: "2025-11-01T10:00:00Z" }], reason: "unsubscribed on 2025-11-01" },
    { name: "after the clock", events: [{ kind: "unsubscribed", occurred_at: "2026-11-25T10:00:00Z" }], reason: null },
    { name: "a not-interested reply", events: [{ kind: "replied", label: "not_interested", occurred_at: "2026-11-21T10:00:00Z" }], reason: null },
    { name: "nothing", events: [], reason: null },
  ])("$name -> $reason", ({ events, reason }) => expect(suppressionOf(events, AS_OF)).toBe(reason));

  it("names the earliest suppressing event", () => {
    const events = [
      { kind: "bounced", occurred_at: "2026-11-22T10:00:00Z" },
      { kind: "unsubscribed", occurred_at: "2026-11-20T10:00:00Z" },
    ];
    expect(suppressionOf(events, AS_OF)).toBe("unsubscribed on 2026-11-20");
  });
});
