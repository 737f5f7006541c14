import { describe, expect, it } from "vitest";
import { INBOUND_OUTCOME_LABELS, type InboundLabel } from "../outcomes/polarity.ts";
import { inboundOutcomeOf } from "./inbound-outcome.ts";

type Row = readonly [label: InboundLabel | null, returnDate: string | null, kind: string | null, contact: string | null];

const CASES: readonly Row[] = [
  ["interested", null, "replied", null],
  ["not_interested", null, "replied", null],
  ["info_request", null, "replied", null],
  ["partnership", null, "replied", null],
  ["meeting_scheduled", null, "replied", null],
  ["bounced", null, "bounced", "flag_bounced"],
  ["unsubscribe", null, "unsubscribed", "opt_out"],
  ["auto_reply", "2026-12-03", "out_of_office", null],
  // an automatic answer without a date is neutral: no event, the sequence goes on
  ["auto_reply", null, null, null],
  // spam is not a person answering
  ["spam", null, null, null],
  // unclassified: no outcome is known (the inbound row alone stops the thread)
  [null, null, null, null],
];

describe("inboundOutcomeOf", () => {
  it.each(CASES)("%s (return %s) -> %s / %s", (label, returnDate, kind, contact) => {
    const outcome = inboundOutcomeOf(label, returnDate);
    expect(outcome?.kind ?? null).toBe(kind);
    expect(outcome?.contact ?? null).toBe(contact);
    if (kind === "out_of_office") expect(outcome?.data).toEqual({ return_date: returnDate });
  });

  it("covers every label inbound_classify emits", () => {
    const covered = new Set(CASES.map(([label]) => label));
    expect(INBOUND_OUTCOME_LABELS.filter((l) => !covered.has(l))).toEqual([]);
  });
});
