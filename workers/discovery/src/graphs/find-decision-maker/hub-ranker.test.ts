import { describe, expect, it } from "vitest";
import type { ModelHub } from "@agentic-sales/shared/gateway";
import { rankContacts } from "./rank-contacts.ts";
import { rankWithHub } from "./hub-ranker.ts";

const contacts = [
  { name: "Ada Example", title: "Head of Sales" },
  { name: "Bo Sample", title: "Engineer" },
];
const persona = { departments: ["sales" as const], title_keywords: [] };
const rules = rankContacts(contacts, persona, 2);

/** A hub that answers `completeJson` with a fixed JSON value (or the call's offline answer), recording the messages. */
function hubAnswering(answer: unknown | "offline" | Error) {
  const seen: { role: string; content: string }[][] = [];
  const hub: Pick<ModelHub, "completeJson"> = {
    async completeJson(call, schema) {
      seen.push([...call.messages]);
      if (answer instanceof Error) throw answer;
      const raw = answer === "offline" ? JSON.parse(call.offline()) : answer;
      const parsed = schema.safeParse(raw);
      return { value: parsed.success ? parsed.data : null, reason: parsed.success ? null : "invalid", repaired: false, records: [{ provider: "offline" }] } as never;
    },
  };
  return { hub, seen };
}

describe("rankWithHub", () => {
  it("offline: the rules' ranking comes back through the hub", async () => {
    const { hub, seen } = hubAnswering("offline");
    const result = await rankWithHub(hub, persona, contacts, 2, rules);
    expect(result).toEqual({ ranked: rules, provider: "offline", skipReason: null });
    // Titles are scraped text: they travel only in the user message's data blocks.
    expect(seen[0]?.[0]?.content).not.toContain("Head of Sales");
    expect(seen[0]?.[1]?.content).toContain("Head of Sales");
  });

  it("keeps the model's order, scores and reasons; facts of the title stay from the rules", async () => {
    const { hub } = hubAnswering({ ranked: [{ index: 1, score: 0.7, reasons: ["builds the product"] }, { index: 0, score: 0.6, reasons: ["sales lead"] }] });
    const { ranked } = await rankWithHub(hub, persona, contacts, 2, rules);
    expect(ranked.map((r) => [r.name, r.score, r.seniority, r.reasons[0]])).toEqual([
      ["Bo Sample", 0.7, "individual", "builds the product"],
      ["Ada Example", 0.6, "vp", "sales lead"],
    ]);
  });

  it.each<{ name: string; answer: unknown; reason: RegExp }>([
    { name: "unknown index", answer: { ranked: [{ index: 7, score: 0.9, reasons: ["x"] }] }, reason: /unknown or repeated/ },
    { name: "repeated index", answer: { ranked: [{ index: 0, score: 0.9, reasons: ["x"] }, { index: 0, score: 0.8, reasons: ["y"] }] }, reason: /unknown or repeated/ },
    { name: "invalid JSON shape", answer: { ranked: "everyone" }, reason: /invalid/ },
  ])("falls back to the rules on $name", async ({ answer, reason }) => {
    const { hub } = hubAnswering(answer);
    const result = await rankWithHub(hub, persona, contacts, 2, rules);
    expect(result.ranked).toEqual(rules);
    expect(result.provider).toBe("rules");
    expect(result.skipReason).toMatch(reason);
  });

  it("falls back to the rules when the gateway refuses", async () => {
    const refusal = Object.assign(new Error("kill switch on"), { name: "ModelCallError", code: "kill_switch" });
    const { hub } = hubAnswering(refusal);
    const result = await rankWithHub(hub, persona, contacts, 2, rules);
    expect(result).toMatchObject({ ranked: rules, provider: "rules" });
    expect(result.skipReason).toBeTruthy();
  });
});
