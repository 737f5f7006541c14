import "../../../../shared/src/runtime/async-local-storage.ts";
import { env } from "cloudflare:workers";
import { createModelHub } from "@agentic-sales/shared/gateway";
import { describe, expect, it } from "vitest";
import { buildGraph, contract, PROMPT_VERSION } from "./find-decision-maker.ts";
import { SYSTEM_PROMPT } from "./find-decision-maker.prompt.ts";

const contacts = [
  { name: "Priya Ramanathan", title: "Chief Executive Officer" },
  { name: "Marcus Delacroix-Webb", title: "VP Engineering" },
  { name: "Yuki Tanabe", title: "Head of Sales", emails: [{ address: "yuki@brightpath-analytics.com" }], sources: [{ url: "https://brightpath-analytics.com/team" }] },
  { name: "Oluwaseun Adeyemi", title: "Data Scientist" },
];

describe("find_decision_maker graph", () => {
  it("ranks by rules without a hub", async () => {
    const out = contract.output.parse(await buildGraph().compile().invoke(contract.input.parse({ persona: { departments: ["sales"] }, contacts, limit: 3 })));
    expect(out.ranked.map((r) => r.name)).toEqual(["Yuki Tanabe", "Priya Ramanathan", "Marcus Delacroix-Webb"]);
    expect(out.decision_maker?.name).toBe("Yuki Tanabe");
    expect(out).toMatchObject({ provider: "rules", skip_reason: null, prompt_version: PROMPT_VERSION });
  });

  it("goes through the run's hub (offline provider) when there is one", async () => {
    const hub = createModelHub({ env: { DB: env.DB }, waitUntil: () => undefined, cache: null });
    const out = await buildGraph().compile().invoke(contract.input.parse({ persona: { departments: ["engineering"] }, contacts }), { context: { services: { hub } } });
    expect(out.provider).toBe("offline");
    expect(out.decision_maker?.name).toBe("Marcus Delacroix-Webb");
    expect(hub.records).toHaveLength(1);
  });

  it("no decision maker when nobody fits", async () => {
    const out = await buildGraph().compile().invoke(contract.input.parse({ persona: { departments: ["hr"], min_seniority: "vp" }, contacts: [{ name: "Ada Example", title: "Engineer" }] }));
    expect(out.decision_maker).toBeNull();
    expect(out.ranked).toHaveLength(1);
  });

  it("empty contacts → skip reason", async () => {
    const out = await buildGraph().compile().invoke(contract.input.parse({ persona: {}, contacts: [] }));
    expect(out).toMatchObject({ ranked: [], decision_maker: null, skip_reason: "no_contacts" });
  });
});

describe("find_decision_maker contract", () => {
  it.each<{ input: unknown; ok: boolean }>([
    { input: { persona: {}, contacts: [] }, ok: true },
    { input: { persona: { departments: ["sales"], min_seniority: "vp", title_keywords: ["Vertrieb"] }, contacts: [{ name: "A B" }], limit: 3 }, ok: true },
    { input: { persona: { departments: ["legal"] }, contacts: [] }, ok: false },
    { input: { persona: {}, contacts: [{ name: "A B", age: 3 }] }, ok: false },
    { input: { persona: {}, contacts: [], extra: true }, ok: false },
    { input: { persona: {}, contacts: Array(201).fill({ name: "A B" }) }, ok: false },
  ])("$input → $ok", ({ input, ok }) => expect(contract.input.safeParse(input).success).toBe(ok));

  it("carries the prompt version in the system prompt", () => expect(SYSTEM_PROMPT.text).toContain(PROMPT_VERSION));
});
