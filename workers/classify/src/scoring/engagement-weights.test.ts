import { describe, expect, it } from "vitest";
import { NEGATIVE, NEUTRAL, POSITIVE, outcomePolarity } from "../../../../shared/src/outcomes/index.ts";
import { KIND_WEIGHTS, LABEL_WEIGHTS, eventWeight } from "./engagement-weights.ts";

const SIGN = { [POSITIVE]: 1, [NEGATIVE]: -1, [NEUTRAL]: 0 } as const;

describe("engagement weights", () => {
  // The weights and the polarity table must never disagree on direction.
  it.each(Object.entries({ ...KIND_WEIGHTS, ...LABEL_WEIGHTS }))("%s (%s) has the sign of its polarity", (key, weight) => {
    expect(Math.sign(weight)).toBe(SIGN[outcomePolarity(key)]);
  });

  it.each([
    ["replied", "not_interested", -0.5], // a known label outranks the kind
    ["replied", "interested", 0.6],
    ["replied", null, 0.4],
    ["replied", "hot", 0.4], // an unknown label falls back to the kind
    [" Meeting Booked ", undefined, 1], // case- and whitespace-insensitive
    ["clicked", null, null], // unknown: ignored, like a neutral outcome
    ["", "", null],
  ] as const)("eventWeight(%j, %j) -> %s", (kind, label, weight) => expect(eventWeight(kind, label)).toBe(weight));
});
