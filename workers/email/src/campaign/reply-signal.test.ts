import { describe, expect, it } from "vitest";
import { replySignalOf, type InboundRow, type OutcomeEventRow, type ReplySignal } from "./reply-signal.ts";

const ev = (kind: string, data: string | null = null): OutcomeEventRow => ({ kind, label: null, data });
const msg = (label: string | null, return_date: string | null = null): InboundRow => ({ label, return_date });

interface Row {
  readonly name: string;
  readonly events: OutcomeEventRow[];
  readonly inbound: InboundRow[];
  readonly signal: ReplySignal;
}

const CASES: Row[] = [
  { name: "nothing back", events: [ev("sent"), ev("delivered")], inbound: [], signal: { kind: "none" } },
  { name: "a classified reply", events: [], inbound: [msg("interested")], signal: { kind: "replied", label: "interested" } },
  // not yet classified: still a person answering
  { name: "an unlabeled inbound message", events: [], inbound: [msg(null)], signal: { kind: "replied", label: null } },
  { name: "a replied event", events: [ev("replied")], inbound: [], signal: { kind: "replied", label: "replied" } },
  { name: "a bounce", events: [ev("bounced")], inbound: [], signal: { kind: "bounced" } },
  { name: "an unsubscribe beats a reply", events: [], inbound: [msg("interested"), msg("unsubscribe")], signal: { kind: "unsubscribed" } },
  { name: "OOO with a date", events: [], inbound: [msg("auto_reply", "2026-12-01")], signal: { kind: "out_of_office", return_date: "2026-12-01" } },
  { name: "the latest OOO date wins", events: [ev("out_of_office", '{"return_date":"2026-12-09"}')], inbound: [msg("out_of_office", "2026-12-01")], signal: { kind: "out_of_office", return_date: "2026-12-09" } },
  { name: "OOO without a date is neutral", events: [], inbound: [msg("auto_reply")], signal: { kind: "none" } },
  { name: "spam is neutral", events: [], inbound: [msg("spam")], signal: { kind: "none" } },
  { name: "a reply after an OOO stops", events: [], inbound: [msg("auto_reply", "2026-12-01"), msg("info_request")], signal: { kind: "replied", label: "info_request" } },
];

describe("replySignalOf", () => {
  it.each(CASES)("$name", ({ events, inbound, signal }) => {
    expect(replySignalOf(events, inbound)).toEqual(signal);
  });
});
