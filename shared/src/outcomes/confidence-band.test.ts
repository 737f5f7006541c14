import { describe, expect, it } from "vitest";
import { assertBandEdges, confidenceBand } from "./confidence-band.ts";

describe("confidenceBand", () => {
  it.each([
    [0, "0.00-0.50"],
    [0.4999, "0.00-0.50"],
    [0.5, "0.50-0.70"], // lower edges are inclusive
    [0.7, "0.70-0.90"],
    [0.9, "0.90-1.00"],
    [1, "0.90-1.00"], // the top band includes 1
  ] as const)("%s -> %s", (confidence, key) => expect(confidenceBand(confidence)?.key).toBe(key));

  it.each([-0.1, 1.01, Number.NaN, Number.POSITIVE_INFINITY])("%s has no band", (confidence) => {
    expect(confidenceBand(confidence)).toBeNull();
  });

  it("uses custom edges", () => expect(confidenceBand(0.85, [0, 0.8])?.key).toBe("0.80-1.00"));
});

describe("assertBandEdges", () => {
  it.each([[[0.5, 0.9]], [[0, 0.9, 0.5]], [[0, 0.5, 0.5]], [[0, 1]], [[]]])("rejects %j", (edges) => {
    expect(() => assertBandEdges(edges)).toThrow(RangeError);
  });
  it("accepts rising edges from 0", () => expect(() => assertBandEdges([0, 0.6, 0.95])).not.toThrow());
});
