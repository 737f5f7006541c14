import { describe, expect, it } from "vitest";
import { decideAction, type Decision, type DecideFacts } from "./decide.ts";

const go: DecideFacts = { hydrateSkip: null, gateSkip: null, campaignStatus: null, step: 0, maxTouches: 1 };

interface Row {
  readonly name: string;
  readonly facts: Partial<DecideFacts>;
  readonly decision: Decision;
}

describe("decideAction", () => {
  it.each<Row>([
    { name: "ad-hoc single touch", facts: {}, decision: { action: "compose" } },
    { name: "active campaign, touch 2 of 3", facts: { campaignStatus: "active", step: 1, maxTouches: 3 }, decision: { action: "compose" } },
    { name: "hydrate failed", facts: { hydrateSkip: "contact_not_found" }, decision: { action: "skip", reason: "contact_not_found" } },
    { name: "gate refused", facts: { gateSkip: "do_not_contact:domain" }, decision: { action: "skip", reason: "do_not_contact:domain" } },
    // The first reason wins: hydrate ran first, so its reason is the one to fix.
    { name: "hydrate beats gate", facts: { hydrateSkip: "company_unknown", gateSkip: "contact_bounced" }, decision: { action: "skip", reason: "company_unknown" } },
    { name: "stopped campaign", facts: { campaignStatus: "stopped" }, decision: { action: "skip", reason: "campaign_stopped" } },
    { name: "paused campaign", facts: { campaignStatus: "paused" }, decision: { action: "skip", reason: "campaign_paused" } },
    { name: "sequence complete", facts: { step: 3, maxTouches: 3 }, decision: { action: "skip", reason: "sequence_complete" } },
    // A stopped campaign is the stronger fact than a finished sequence.
    { name: "stopped and complete", facts: { campaignStatus: "stopped", step: 3, maxTouches: 3 }, decision: { action: "skip", reason: "campaign_stopped" } },
  ])("$name", ({ facts, decision }) => {
    expect(decideAction({ ...go, ...facts })).toEqual(decision);
  });
});
