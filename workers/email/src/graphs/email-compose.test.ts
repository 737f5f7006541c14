import { env } from "cloudflare:workers";
import { createModelHub, estimateInputTokens, offlineProvider, readDataBlocks, type ModelCall } from "@agentic-sales/shared/gateway";
import { beforeEach, describe, expect, it } from "vitest";
import { offlineHub, scriptedHub } from "../../test/fake-hub.ts";
import type { EmailEnv } from "../env.ts";
import { DncStore } from "../stores/dnc-store.ts";
import { MemoryStore } from "../stores/memory-store.ts";
import { CampaignStore } from "../stores/campaign-store.ts";
import type { HubLike } from "./email-outreach/compose-touch.ts";
import { outreachMessages } from "./email-outreach/outreach-prompt.ts";
import { EmailOutreachInput } from "./email-outreach/outreach-schemas.ts";
import { buildGraph, contract, PROMPT_VERSION } from "./email-compose.ts";
import { ContactRecords } from "./email-compose/contact-records.ts";
import type { EmailComposeInput } from "./email-compose/compose-schemas.ts";

const db = (env as unknown as EmailEnv).DB;
const graph = buildGraph().compile();
const sender = { name: "Sam Seller", company: "Acme Example", postal_address: "1 Main St, Springfield, 12345", calendar_link: "https://cal.example.com/sam" };
const input: EmailComposeInput = {
  contact: { first_name: "Ada", title: "Head of Operations", email: "ada@example.com", country: "US" },
  company: { name: "Example Logistics", domain: "example.com", industry: "logistics" },
  sender,
};

const run = (i: EmailComposeInput, services: Record<string, unknown> = {}, hub: HubLike = offlineHub()) =>
  graph.invoke(i, { context: { services: { hub, ...services } } }).then((o) => contract.output.parse(o));

/** The real stores over the test D1, as emailServices wires them. */
const d1 = () => ({ dnc: new DncStore(db), memory: new MemoryStore(db), contactRecords: new ContactRecords(db), campaigns: new CampaignStore(db) });

describe("email_compose graph", () => {
  it("composes and refines a first touch (offline: the critique keeps the draft)", async () => {
    const out = await run(input);
    expect(out).toMatchObject({ action: "compose", skip_reason: null, refined: true, refine_fallback_reason: null, prompt_version: PROMPT_VERSION, draft_prompt_version: "outreach-v1", provider: "offline" });
    expect(out.draft).toMatchObject({ subject: "Quick question for Example Logistics", cta: "soft_question" });
    expect(out.draft?.body).toMatch(/^Hi Ada,/);
    // No DNC store wired here: flagged, not skipped (the send path checks the list again).
    expect(out.flags).toEqual(["dnc_unchecked"]);
  });

  it.each<[string, Partial<EmailComposeInput>, string]>([
    ["unsubscribed contact", { contact: { ...input.contact!, status: "unsubscribed" } }, "contact_unsubscribed"],
    ["bounced contact", { contact: { ...input.contact!, status: "bounced" } }, "contact_bounced"],
    ["consent country without consent", { contact: { ...input.contact!, country: "DE" } }, "country_requires_consent:DE"],
    ["company's country when the contact has none", { contact: { email: "ada@example.com" }, company: { ...input.company!, country: "AT" } }, "country_requires_consent:AT"],
    ["no company", { company: undefined }, "company_unknown"],
    ["sequence complete", { step: 2, max_touches: 2 }, "sequence_complete"],
  ])("skips without a model call: %s", async (_name, over, reason) => {
    const hub = scriptedHub("never used");
    const out = await run({ ...input, ...over }, {}, hub);
    expect(out).toMatchObject({ action: "skip", skip_reason: reason, refined: false, provider: "none", draft_prompt_version: null });
    expect(out.draft).toBeUndefined();
    expect(hub.calls).toHaveLength(0);
  });

  it("recorded consent lets a consent country through", async () => {
    expect(await run({ ...input, contact: { ...input.contact!, country: "DE" }, prior_consent: true })).toMatchObject({ action: "compose" });
  });

  it("memory reaches only the refine call, by trust tier; inbound-derived facts only under human review", async () => {
    const memory = [
      { fact: "Said the budget opens in Q3.", source: "inbound_unverified" as const, kind: "timing" as const },
      { fact: "Asked about route planning on a call.", source: "human_note" as const, kind: "interest" as const },
    ];
    const blocksOf = (hub: { calls: ModelCall[] }, node: string) =>
      readDataBlocks(hub.calls.find((c) => c.site.node === node)?.messages[1]?.content ?? "").map((b) => [b.label, b.trust]);
    const answer = JSON.stringify({ subject: "Quick question for Example Logistics", body: "Hi Ada,\n\nRoute planning?\n\nSam Seller\nAcme Example\n1 Main St, Springfield, 12345", confidence: 0.8 });

    const unreviewed = scriptedHub(answer);
    expect(await run({ ...input, memory }, {}, unreviewed)).toMatchObject({ memory_used: 1, refined: true, provider: "openai-compatible" });
    expect(blocksOf(unreviewed, "compose")).not.toContainEqual(["memory", "trusted"]);
    expect(blocksOf(unreviewed, "refine")).toEqual([["draft", "untrusted"], ["contact", "untrusted"], ["company", "untrusted"], ["sender", "trusted"], ["previous_subjects", "untrusted"], ["memory", "trusted"]]);

    const reviewed = scriptedHub(answer);
    expect(await run({ ...input, memory, human_review: true }, {}, reviewed)).toMatchObject({ memory_used: 2 });
    expect(blocksOf(reviewed, "refine").slice(-2)).toEqual([["memory", "trusted"], ["memory_unverified", "untrusted"]]);
  });

  it("refine: two rejected revisions → the draft, with the reason", async () => {
    // Every answer carries a foreign link: the first draft keeps it (flagged for review), both revisions are rejected.
    const hub = scriptedHub(JSON.stringify({ subject: "Quick question for Example Logistics", body: "Hi Ada, see https://evil.example/x", confidence: 0.9 }));
    const out = await run(input, {}, hub);
    expect(hub.calls.map((c) => c.site.node)).toEqual(["compose", "refine", "refine"]);
    expect(out).toMatchObject({ action: "compose", refined: false });
    expect(out.refine_fallback_reason).toMatch(/^not_accepted: /);
    expect(out.flags).toContain("unexpected_link");
  });

  it("refine: the request's token ceiling stops the pass, the draft is kept with the reason", async () => {
    // Room for the first draft's call (its input + its 700-token output reservation) and not
    // much more: the refine call on top quotes the draft, so it cannot fit.
    const first = estimateInputTokens(outreachMessages(EmailOutreachInput.parse({ ...input, contact: { first_name: "Ada", title: "Head of Operations", email: "ada@example.com" }, step: 0, max_touches: 1 })));
    const ceiling = String(first + 700 + 50);
    const hub = createModelHub({ env: { LLM_REQUEST_TOKEN_CEILING: ceiling }, waitUntil: () => undefined, provider: offlineProvider(), cache: null });
    const out = await run(input, {}, hub);
    expect(out).toMatchObject({ action: "compose", refined: false, provider: "offline" });
    expect(out.refine_fallback_reason).toMatch(/^token_ceiling: /);
    expect(out.draft?.subject).toBe("Quick question for Example Logistics");
  });

  it("a kill switch: the template draft, refine skipped with the refusal", async () => {
    const out = await run(input, {}, scriptedHub({ refuse: "kill_switch" }));
    expect(out).toMatchObject({ action: "compose", refined: false, refine_fallback_reason: "kill_switch: refused by the test", provider: "template" });
    expect(out.flags).toContain("model_unavailable");
  });

  it("rejects input without a contact or a sender, and a campaign without a contact id", () => {
    expect(contract.input.safeParse({ company: input.company, sender }).success).toBe(false);
    expect(contract.input.safeParse({ contact: input.contact, company: input.company }).success).toBe(false);
    expect(contract.input.safeParse({ ...input, campaign_id: "cmp_1" }).success).toBe(false);
    expect(contract.input.safeParse({ ...input, memory: [{ fact: "x", source: "admin" }] }).success).toBe(false);
  });
});

describe("email_compose on D1 (ids given)", () => {
  const at = "2026-11-24T15:00:00.000Z";
  beforeEach(async () => {
    await db.batch(["memory_items", "do_not_contact", "contacts", "companies"].map((t) => db.prepare(`DELETE FROM ${t}`)));
    await db.batch([
      db.prepare("INSERT INTO companies (company_id, domain, name, country, created_at, updated_at) VALUES ('co_1', 'example.com', 'Example Logistics', 'US', ?1, ?1)").bind(at),
      db.prepare("INSERT INTO contacts (contact_id, company_id, email, first_name, title, status, created_at, updated_at) VALUES ('ct_1', 'co_1', 'ada@example.com', 'Ada', 'COO', 'active', ?1, ?1)").bind(at),
      db.prepare("INSERT INTO memory_items (id, contact_id, company_id, kind, fact, source, created_at) VALUES ('m1', 'ct_1', 'co_1', 'timing', 'Wrote that Q3 is better.', 'inbound_unverified', ?1), ('m2', 'ct_1', 'co_1', 'note', 'Met at the logistics fair.', 'human_note', ?1)").bind(at),
    ]);
  });

  it("hydrates contact and company from D1 and recalls first-party memory", async () => {
    const out = await run({ contact_id: "ct_1", sender }, d1());
    expect(out).toMatchObject({ action: "compose", memory_used: 1, flags: [] });
    expect(out.draft?.body).toMatch(/^Hi Ada,/);
  });

  it("the D1 status is authoritative", async () => {
    await db.prepare("UPDATE contacts SET status = 'unsubscribed' WHERE contact_id = 'ct_1'").run();
    expect(await run({ contact_id: "ct_1", sender, contact: { email: "ada@example.com" } }, d1())).toMatchObject({ action: "skip", skip_reason: "contact_unsubscribed" });
  });

  it("a do-not-contact domain skips", async () => {
    await new DncStore(db).add({ kind: "domain", value: "example.com" }, "test", "manual", Date.parse(at));
    expect(await run({ contact_id: "ct_1", sender }, d1())).toMatchObject({ action: "skip", skip_reason: "do_not_contact:domain" });
  });

  it("an unknown contact id, or ids without the store, skip with the reason", async () => {
    expect(await run({ contact_id: "ct_gone", sender }, d1())).toMatchObject({ action: "skip", skip_reason: "contact_not_found" });
    expect((await run({ contact_id: "ct_1", sender })).skip_reason).toMatch(/^hydrate_failed: /);
    expect(await run({ contact_id: "ct_1", campaign_id: "cmp_gone" }, d1())).toMatchObject({ action: "skip", skip_reason: "campaign_not_found" });
  });
});
