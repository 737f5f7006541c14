import "@agentic-sales/shared/runtime/async-local-storage";
import { Command, isInterrupted, MemorySaver } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { offlineHub, scriptedHub } from "../../test/fake-hub.ts";
import { readDataBlocks } from "@agentic-sales/shared/gateway";
import type { HubLike } from "./email-outreach/compose-touch.ts";
import { buildGraph, contract, PROMPT_VERSION, type ReviewRequest } from "./email-reply.ts";
import type { EmailReplyInput } from "./email-reply/reply-schemas.ts";

const input: EmailReplyInput = {
  inbound: { from_name: "Ada Example", subject: "Re: Intro", body: "Sounds interesting, happy to chat.\n\n> earlier pitch" },
  sender: { name: "Sam Seller", company: "Acme", calendar_link: "https://cal.example.com/sam" },
  intent: "interested",
};

let threads = 0;

/** A fresh compiled graph and thread, run up to its review pause. */
async function startReview(runInput: EmailReplyInput = input, hub: HubLike = offlineHub()) {
  const graph = buildGraph().compile({ checkpointer: new MemorySaver() });
  const config = { configurable: { thread_id: `thread-${++threads}` }, context: { services: { hub } } };
  const paused = await graph.invoke(runInput, config);
  const resume = (value: unknown) => graph.invoke(new Command({ resume: value }), config);
  return { graph, config, paused, resume };
}

/** The review payload of a paused run; fails the test when the run did not pause. */
function reviewRequest(paused: unknown): ReviewRequest {
  if (!isInterrupted<ReviewRequest>(paused)) throw new Error("expected the run to pause for review");
  const [first] = paused.__interrupt__;
  if (!first?.value) throw new Error("review interrupt carried no payload");
  return first.value;
}

describe("email_reply graph", () => {
  it("always pauses at review with the draft, before anything is final", async () => {
    const { graph, config, paused } = await startReview();
    const request = reviewRequest(paused);
    expect(request).toMatchObject({ kind: "review", send_allowed: true, skip_reason: null, error: null });
    expect(request.draft.subject).toBe("Re: Intro");
    expect(request.draft.body).toContain("https://cal.example.com/sam");
    expect(request.draft.body).not.toContain("earlier pitch");
    const state = await graph.getState(config);
    expect(state.next).toEqual(["review"]);
    expect(state.values.status).toBeNull();
  });

  it("approve → approved, sendable, output meets the contract", async () => {
    const { resume } = await startReview();
    const output = await resume({ action: "approve" });
    expect(contract.output.parse(output)).toMatchObject({
      status: "approved",
      send_allowed: true,
      review_error: null,
      prompt_version: PROMPT_VERSION,
      provider: "offline",
    });
  });

  it("edit → edited, with the reviewer's text", async () => {
    const { resume } = await startReview();
    const output = await resume({ action: "edit", body: "Hi Ada,\n\nTuesday at 10?\n\nSam" });
    expect(output).toMatchObject({ status: "edited", send_allowed: true, reply: { subject: "Re: Intro", body: "Hi Ada,\n\nTuesday at 10?\n\nSam" } });
  });

  it("reject → rejected, not sendable, reason kept", async () => {
    const { resume } = await startReview();
    const output = await resume({ action: "reject", reason: "too pushy" });
    expect(output).toMatchObject({ status: "rejected", send_allowed: false, rejection_reason: "too pushy" });
  });

  it("unsubscribe → still reviewed, then skipped even when approved", async () => {
    const { paused, resume } = await startReview({ ...input, intent: "unsubscribe" });
    expect(reviewRequest(paused)).toMatchObject({ send_allowed: false, skip_reason: "recipient_unsubscribed" });
    const output = await resume({ action: "approve" });
    expect(contract.output.parse(output)).toMatchObject({ status: "skipped", send_allowed: false, skip_reason: "recipient_unsubscribed" });
  });

  it("an invalid resume value sets review_error and pauses again; a valid one then completes", async () => {
    const { graph, config, resume } = await startReview();
    const again = await resume({ action: "send_now" });
    expect(reviewRequest(again).error).toMatch(/^invalid review decision/);
    const state = await graph.getState(config);
    expect(state.next).toEqual(["review"]);
    expect(state.values.review_error).toMatch(/invalid review decision/);
    const output = await resume({ action: "approve" });
    expect(output).toMatchObject({ status: "approved", review_error: null });
  });

  it("a second run on a finished thread starts a fresh review", async () => {
    const { graph, config, resume } = await startReview();
    await resume({ action: "reject" });
    const paused = await graph.invoke({ ...input, intent: "info_request" }, config);
    expect(reviewRequest(paused).draft.body).toContain("send over the details");
    expect((await graph.getState(config)).values).toMatchObject({ status: null, decision: null, rejection_reason: null });
  });

  it("drafts through the hub: inbound as untrusted data, sender trusted, all memory tiers admitted (human-reviewed)", async () => {
    const hub = scriptedHub('{"subject":"Re: Intro","body":"Hi Ada,\\n\\nGreat, pick a time: https://cal.example.com/sam\\n\\nBest regards,\\nSam Seller\\nAcme"}');
    const memory = [
      { fact: "Said budget opens in Q3.", source: "inbound_unverified", kind: "timing" },
      { fact: "We sent the logistics case study.", source: "sent_email" },
    ] as const;
    const { paused, resume } = await startReview({ ...input, memory: [...memory] }, hub);
    expect(reviewRequest(paused)).toMatchObject({ flags: [], model_skip_reason: null });
    const [call] = hub.calls;
    expect(call?.site).toEqual({ graph: "email_reply", node: "draft", promptVersion: PROMPT_VERSION, feature: "outreach" });
    const blocks = readDataBlocks(call?.messages[1]?.content ?? "");
    expect(blocks.map((b) => [b.label, b.trust])).toEqual([
      ["inbound_from_name", "untrusted"], ["inbound_subject", "untrusted"], ["inbound_body", "untrusted"], ["sender", "trusted"], ["memory", "trusted"], ["memory_unverified", "untrusted"],
    ]);
    expect(call?.messages[0]?.content).not.toContain("Sounds interesting");
    expect(contract.output.parse(await resume({ action: "approve" }))).toMatchObject({ provider: "openai-compatible", memory_used: 2, flags: [] });
  });

  it("invalid model JSON → the template draft, flagged, still reviewed", async () => {
    const { paused } = await startReview(input, scriptedHub("Sure, here is a reply!"));
    expect(reviewRequest(paused)).toMatchObject({ flags: ["model_output_invalid"], model_skip_reason: null, draft: { subject: "Re: Intro" } });
  });

  it("a gateway refusal (kill switch) → the template with the refusal as model_skip_reason, still reviewed", async () => {
    const { paused, resume } = await startReview(input, scriptedHub({ refuse: "kill_switch" }));
    expect(reviewRequest(paused)).toMatchObject({ kind: "review", send_allowed: true, flags: ["model_unavailable"], model_skip_reason: "kill_switch: refused by the test" });
    expect(await resume({ action: "approve" })).toMatchObject({ status: "approved", provider: "template", skip_reason: null });
  });

  it("no model call for a draft policy forbids sending", async () => {
    const hub = scriptedHub("never used");
    const { paused } = await startReview({ ...input, intent: "unsubscribe" }, hub);
    expect(hub.calls).toHaveLength(0);
    expect(reviewRequest(paused)).toMatchObject({ send_allowed: false, skip_reason: "recipient_unsubscribed" });
  });

  it("rejects input with unknown keys at the contract", () => {
    expect(contract.input.safeParse({ ...input, cc: "x@example.com" }).success).toBe(false);
    expect(contract.input.safeParse({ ...input, sender: { ...input.sender, calendar_link: "javascript:alert(1)" } }).success).toBe(false);
    expect(contract.input.safeParse({ ...input, inbound: { ...input.inbound, body: "x".repeat(20_001) } }).success).toBe(false);
    // A caller cannot invent a memory trust tier.
    expect(contract.input.safeParse({ ...input, memory: [{ fact: "x", source: "trusted_admin" }] }).success).toBe(false);
  });
});
