import { describe, expect, it } from "vitest";
import {
  INBOUND_OUTCOME_LABELS,
  NEGATIVE,
  NEUTRAL,
  OUTCOME_EVENT_KINDS,
  POLARITY_OF,
  POSITIVE,
  normalizeOutcomeLabel,
  outcomePolarity,
  type Polarity,
} from "./outcome-polarity.ts";

type Row = readonly [label: string | null | undefined, polarity: Polarity];

// Every known label, spelled exactly.
const EXACT: readonly Row[] = [
  ["interested", POSITIVE],
  ["not_interested", NEGATIVE],
  ["auto_reply", NEUTRAL],
  ["bounced", NEGATIVE],
  ["info_request", POSITIVE],
  ["unsubscribe", NEGATIVE],
  ["spam", NEGATIVE],
  ["partnership", POSITIVE],
  ["meeting_scheduled", POSITIVE],
  ["sent", NEUTRAL],
  ["delivered", NEUTRAL],
  ["replied", POSITIVE],
  ["meeting_booked", POSITIVE],
  ["unsubscribed", NEGATIVE],
  ["out_of_office", NEUTRAL],
];

const MESSY: readonly Row[] = [
  ["  Interested ", POSITIVE],
  ["MEETING_BOOKED", POSITIVE],
  ["\tunsubscribed\n", NEGATIVE],
  ["Not Interested", NEGATIVE], // inner space → underscore
  ["out-of-office", NEUTRAL], // hyphens → underscore
  ["Meeting  Scheduled", POSITIVE], // a run of spaces is one underscore
];

const UNKNOWN_OR_MISSING: readonly Row[] = [
  [null, NEUTRAL],
  [undefined, NEUTRAL],
  ["", NEUTRAL],
  ["   ", NEUTRAL],
  ["clicked", NEUTRAL], // a kind we do not know is no signal, not a bad one
  ["opened", NEUTRAL],
  ["interested!", NEUTRAL], // not a known spelling
  ["constructor", NEUTRAL], // object-prototype names are not labels
  ["__proto__", NEUTRAL],
];

describe("outcomePolarity", () => {
  it.each(EXACT)("%j -> %s", (label, polarity) => expect(outcomePolarity(label)).toBe(polarity));
  it.each(MESSY)("%j -> %s (case/whitespace-insensitive)", (label, polarity) => expect(outcomePolarity(label)).toBe(polarity));
  it.each(UNKNOWN_OR_MISSING)("%j -> %s (unknown or missing)", (label, polarity) => expect(outcomePolarity(label)).toBe(polarity));

  it("the table covers exactly the nine inbound labels and the seven event kinds", () => {
    expect(Object.keys(POLARITY_OF).sort()).toEqual([...new Set([...INBOUND_OUTCOME_LABELS, ...OUTCOME_EVENT_KINDS])].sort());
    expect(EXACT.map(([label]) => label).sort()).toEqual(Object.keys(POLARITY_OF).sort());
  });

  it("a non-string label is missing, not an error", () => {
    expect(outcomePolarity(42 as unknown as string)).toBe(NEUTRAL);
    expect(outcomePolarity({} as unknown as string)).toBe(NEUTRAL);
  });
});

describe("normalizeOutcomeLabel", () => {
  it.each([
    ["  Not-Interested ", "not_interested"],
    ["REPLIED", "replied"],
    ["", null],
    [" \n ", null],
    [7, null],
  ] as const)("%j -> %j", (raw, key) => expect(normalizeOutcomeLabel(raw)).toBe(key));
});
