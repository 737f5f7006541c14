import { env } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { offlineHub, scriptedHub } from "../../test/fake-hub.ts";
import type { EmailEnv } from "../env.ts";
import { MemoryStore } from "../stores/memory-store.ts";
import type { HubLike } from "./email-outreach/compose-touch.ts";
import { buildGraph, contract, PROMPT_VERSION } from "./memory-reflect.ts";
import type { MemoryReflectInput } from "./memory-reflect/reflect-schemas.ts";

const db = (env as unknown as EmailEnv).DB;
const NOW = new Date("2026-11-24T15:00:00Z");
const graph = buildGraph().compile();

const inbound: MemoryReflectInput = {
  thread_id: "thread-1",
  message_id: "<m1@example.com>",
  direction: "inbound",
  contact_id: "ct_1",
  company_id: "co_1",
  subject: "Re: Quick question",
  body: "Hi Sam,\n\nI've moved to Head of Operations. Let's revisit this in Q3. Can you send pricing?\n\n> We help logistics teams.",
};

const run = (input: MemoryReflectInput, services: Record<string, unknown> = {}, hub: HubLike = offlineHub()) =>
  graph.invoke(input, { context: { services: { hub, memory: new MemoryStore(db), now: () => NOW, ...services } } }).then((o) => contract.output.parse(o));

const stored = async () => (await db.prepare("SELECT contact_id, company_id, thread_id, message_id, kind, fact, source, created_at FROM memory_items ORDER BY fact").all()).results;

describe("memory_reflect graph", () => {
  beforeEach(async () => {
    await db.batch([db.prepare("DELETE FROM memory_items"), db.prepare("DELETE FROM memory_reflections")]);
  });

  it("distils stated facts from an inbound reply and stores them as inbound_unverified", async () => {
    const out = await run(inbound);
    expect(out).toMatchObject({ status: "written", written: 2, skip_reason: null, fallback_reason: null, prompt_version: PROMPT_VERSION, provider: "offline" });
    expect(await stored()).toEqual([
      { contact_id: "ct_1", company_id: "co_1", thread_id: "thread-1", message_id: "<m1@example.com>", kind: "role_change", fact: "I've moved to Head of Operations.", source: "inbound_unverified", created_at: NOW.toISOString() },
      { contact_id: "ct_1", company_id: "co_1", thread_id: "thread-1", message_id: "<m1@example.com>", kind: "timing", fact: "Let's revisit this in Q3.", source: "inbound_unverified", created_at: NOW.toISOString() },
    ]);
  });

  it("our sent mail is tagged sent_email", async () => {
    const out = await run({ ...inbound, message_id: "send-key-1", direction: "sent", body: "Hi Ada,\n\nAs promised, I'll follow up in two weeks.\n\nBest,\nSam" });
    expect(out.facts).toEqual([{ kind: "timing", fact: "As promised, I'll follow up in two weeks.", source: "sent_email" }]);
  });

  it("is idempotent per (thread, message): a retry writes nothing and makes no model call", async () => {
    await run(inbound);
    const hub = scriptedHub("never used");
    const again = await run(inbound, {}, hub);
    expect(again).toMatchObject({ status: "duplicate", written: 0, skip_reason: null, provider: "none" });
    expect(hub.calls).toHaveLength(0);
    expect(await stored()).toHaveLength(2);
  });

  it("two concurrent reflects of one message store its facts once", async () => {
    const [a, b] = await Promise.all([run(inbound), run(inbound)]);
    expect([a.status, b.status].sort()).toEqual(["duplicate", "written"]);
    expect(await stored()).toHaveLength(2);
  });

  it("a message with no stated facts is still marked reflected", async () => {
    expect(await run({ ...inbound, body: "Thanks, sounds good." })).toMatchObject({ status: "written", written: 0, facts: [] });
    expect(await run({ ...inbound, body: "Thanks, sounds good." })).toMatchObject({ status: "duplicate" });
  });

  it("invalid model JSON → the deterministic extraction, with the reason", async () => {
    const out = await run(inbound, {}, scriptedHub('{"facts":"lots"}'));
    expect(out).toMatchObject({ status: "written", written: 2, provider: "rules" });
    expect(out.fallback_reason).toMatch(/^model_output_invalid: /);
  });

  it("model facts are normalised and tagged by direction, never by the model", async () => {
    const out = await run(inbound, {}, scriptedHub('{"facts":[{"kind":"interest","fact":"Wants\\u200b route planning","source":"human_note"}]}'));
    expect(out.facts).toEqual([{ kind: "interest", fact: "Wants route planning", source: "inbound_unverified" }]);
  });

  it("a gateway refusal is a skip: nothing stored, nothing marked, so a later retry can reflect", async () => {
    const out = await run(inbound, {}, scriptedHub({ refuse: "budget_exceeded" }));
    expect(out).toMatchObject({ status: "skipped", skip_reason: "budget_exceeded: refused by the test", written: 0, facts: [] });
    expect(await run(inbound)).toMatchObject({ status: "written", written: 2 });
  });

  it("never throws: a failing store becomes the skip reason", async () => {
    const broken = { isReflected: async () => false, writeReflection: async () => Promise.reject(new Error("D1 unavailable")) };
    const out = await run(inbound, { memory: broken });
    expect(out).toMatchObject({ status: "skipped", skip_reason: "error: D1 unavailable", written: 0 });
    expect(out.facts).toHaveLength(2);
  });

  it("never throws: no hub becomes the skip reason", async () => {
    const out = await graph.invoke(inbound, { context: { services: {} } }).then((o) => contract.output.parse(o));
    expect(out).toMatchObject({ status: "skipped", provider: "none", facts: [], written: 0 });
    expect(out.skip_reason).toMatch(/config\.context\.services\.hub/);
  });

  it("without a store the facts are distilled but not stored", async () => {
    const out = await run(inbound, { memory: undefined });
    expect(out).toMatchObject({ status: "skipped", written: 0 });
    expect(out.skip_reason).toMatch(/^memory_store_unavailable/);
  });

  it("recall: newest first, by contact or company, only the tiers asked for", async () => {
    await run(inbound);
    await run({ ...inbound, message_id: "send-2", direction: "sent", contact_id: "ct_2", body: "We need to confirm next week." });
    const memory = new MemoryStore(db);
    const all = await memory.recall({ contactId: "ct_1", companyId: "co_1", sources: ["sent_email", "inbound_unverified"], limit: 10 });
    expect(all.map((r) => r.source).sort()).toEqual(["inbound_unverified", "inbound_unverified", "sent_email"]);
    const firstParty = await memory.recall({ contactId: "ct_1", companyId: null, sources: ["sent_email", "human_note", "graph_derived"], limit: 10 });
    expect(firstParty).toEqual([]);
    expect(await memory.recall({ contactId: null, companyId: null, sources: ["sent_email"], limit: 10 })).toEqual([]);
  });

  it("rejects a bad direction or a missing message id at the contract", () => {
    expect(contract.input.safeParse({ ...inbound, direction: "forwarded" }).success).toBe(false);
    expect(contract.input.safeParse({ ...inbound, message_id: " " }).success).toBe(false);
  });
});
