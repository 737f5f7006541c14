import "../../../../shared/src/runtime/async-local-storage.ts";
import { createModelHub } from "@agentic-sales/shared/gateway";
import { env as workerEnv } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { MAX_TEXT_BYTES, PROMPT_TEMPLATES, PROMPT_VERSION, buildGraph, contract, type InboundClassifyInput } from "./inbound-classify.ts";
import { SYSTEM_PROMPT } from "./inbound-classify.prompt.ts";
import { TRUNCATED_NOTICE } from "./inbound-classify/inbound-data.ts";

const RECEIVED = "2026-11-24T09:00:00+01:00";
const message = (over: Partial<InboundClassifyInput>): InboundClassifyInput => ({
  headers: {},
  from: "Ada Example <ada@example.com>",
  subject: "Re: Quick intro",
  text: "",
  received_at: RECEIVED,
  ...over,
});

// Our outreach, quoted back under a reply: it mentions unsubscribing, an
// absence and a meeting, none of which may label the reply.
const OUR_OUTREACH =
  "\n\nOn Mon, 23 Nov 2026 at 10:00, Sam Seller <sam@example.com> wrote:\n> Hi Ada, I'm out of the office until 3 December, but see you then?\n> Reply 'unsubscribe' to opt out.";

describe("inbound_classify graph", () => {
  it.each([
    { name: "DSN", input: message({ headers: { "content-type": "multipart/report; report-type=delivery-status" }, from: "MAILER-DAEMON@mx.example.com" }), label: "bounced", stage: "headers", return_date: null },
    {
      name: "auto-reply header with a return date",
      input: message({ headers: { "auto-submitted": "auto-replied" }, subject: "Automatic reply: Quick intro", text: "I am out of the office until 3 December." }),
      label: "auto_reply",
      stage: "headers",
      return_date: "2026-12-03",
    },
    { name: "OOO without headers", input: message({ subject: "Abwesenheitsnotiz: Quick intro", text: "Ich bin ab dem 7.12. wieder im Büro." }), label: "auto_reply", stage: "lexical", return_date: "2026-12-07" },
    { name: "unsubscribe", input: message({ text: "Bitte aus dem Verteiler streichen." }), label: "unsubscribe", stage: "lexical", return_date: null },
    { name: "meeting", input: message({ subject: "Accepted: Intro call @ Thu 3 Dec" }), label: "meeting_scheduled", stage: "lexical", return_date: null },
    { name: "human intent", input: message({ text: `Sounds interesting, how much is it?${OUR_OUTREACH}` }), label: "interested", stage: "model", return_date: null },
    { name: "our quoted outreach triggers nothing", input: message({ text: `What integrations do you support?${OUR_OUTREACH}` }), label: "info_request", stage: "model", return_date: null },
  ])("$name -> $label ($stage)", async ({ input, label, stage, return_date }) => {
    const state = await buildGraph().compile().invoke(input);
    const output = contract.output.parse(state);
    expect(output).toMatchObject({ label, stage, return_date, prompt_version: PROMPT_VERSION, skip_reason: null });
    expect(output.provider).toBe(stage === "model" ? "offline" : "rules");
  });

  it("goes through the model hub from the runtime context (offline provider)", async () => {
    const hub = createModelHub({ env: workerEnv, waitUntil: () => undefined, cache: null });
    const state = await buildGraph().compile().invoke(message({ text: "No thanks, not interested." }), { context: { services: { hub } } });
    expect(state).toMatchObject({ label: "not_interested", stage: "model", provider: "offline", skip_reason: null });
    expect(hub.records).toHaveLength(1);
  });

  it("the kill switch degrades to the lexical fallback, and header rules need no model at all", async () => {
    const hub = createModelHub({ env: { ...workerEnv, LLM_KILL_SWITCH: "true" }, waitUntil: () => undefined, cache: null });
    const graph = buildGraph().compile();
    const human = await graph.invoke(message({ text: "Let's talk next week." }), { context: { services: { hub } } });
    expect(human).toMatchObject({ label: "interested", stage: "model", provider: "none" });
    expect(human.confidence).toBeLessThanOrEqual(0.5);
    expect(human.skip_reason).toMatch(/^kill_switch/);
    const bounce = await graph.invoke(message({ from: "postmaster@example.org" }), { context: { services: { hub } } });
    expect(bounce).toMatchObject({ label: "bounced", skip_reason: null });
  });

  it("never throws on a malformed clock when invoked without the contract", async () => {
    const state = await buildGraph().compile().invoke(message({ headers: { "auto-submitted": "auto-replied" }, text: "Back on Monday.", received_at: "soon" }));
    expect(state).toMatchObject({ label: "auto_reply", return_date: null });
  });

  it("a 100 KB body is classified", async () => {
    const text = `Not interested.\n${"x".repeat(MAX_TEXT_BYTES - 20)}`;
    expect(contract.input.safeParse(message({ text })).success).toBe(true);
    expect((await buildGraph().compile().invoke(message({ text }))).label).toBe("not_interested");
  });
});

describe("inbound_classify contract", () => {
  it("is version 1.0.0 and carries the registry's prompt version", () => {
    expect(contract.version).toBe("1.0.0");
    expect(PROMPT_VERSION).toBe("inbound-v1");
    expect(SYSTEM_PROMPT.text).toContain(PROMPT_VERSION);
    expect(PROMPT_TEMPLATES).toEqual({ SYSTEM_PROMPT, TRUNCATED_NOTICE });
  });

  it.each([
    { name: "valid", input: message({ text: "hi" }), ok: true },
    { name: "offset timestamp", input: message({ received_at: "2026-11-24T09:00:00-05:00" }), ok: true },
    { name: "unknown key", input: { ...message({}), to: "sam@example.com" }, ok: false },
    { name: "mixed-case header name", input: message({ headers: { "Auto-Submitted": "auto-replied" } }), ok: false },
    { name: "header name with a colon", input: message({ headers: { "x-a:b": "1" } }), ok: false },
    { name: "date without time", input: message({ received_at: "2026-11-24" }), ok: false },
    { name: "text over 100 KB", input: message({ text: "x".repeat(MAX_TEXT_BYTES + 1) }), ok: false },
    // Characters are not bytes: 40 000 "€" are 120 000 bytes of UTF-8.
    { name: "text over 100 KB of UTF-8", input: message({ text: "€".repeat(40_000) }), ok: false },
    { name: "missing text", input: { headers: {}, from: "a@example.com", subject: "", received_at: RECEIVED }, ok: false },
  ])("input $name -> ok: $ok", ({ input, ok }) => {
    expect(contract.input.safeParse(input).success).toBe(ok);
  });

  const valid = { label: "auto_reply", confidence: 0.9, stage: "headers", return_date: "2026-12-03", reasons: ["a"], provider: "rules", prompt_version: PROMPT_VERSION, skip_reason: null };

  it.each([
    { name: "unknown label", output: { ...valid, label: "positive" } },
    { name: "unknown stage", output: { ...valid, stage: "llm" } },
    { name: "return date with a time", output: { ...valid, return_date: "2026-12-03T00:00:00Z" } },
    { name: "impossible return date", output: { ...valid, return_date: "2026-02-30" } },
    { name: "three reasons", output: { ...valid, reasons: ["a", "b", "c"] } },
    { name: "confidence above 1", output: { ...valid, confidence: 1.2 } },
    { name: "empty provider", output: { ...valid, provider: "" } },
    { name: "another prompt version", output: { ...valid, prompt_version: "inbound-v0" } },
  ])("output rejects $name", ({ output }) => {
    expect(contract.output.safeParse(output).success).toBe(false);
  });

  it("accepts a valid output and ignores unknown keys", () => {
    expect(contract.output.parse({ ...valid, own_text: "x" })).toEqual(valid);
  });
});
