import { describe, expect, it } from "vitest";
import { halfLifeDecay } from "./half-life-decay.ts";

interface Row {
  readonly age: number;
  readonly halfLife: number;
  readonly expected: number;
}

describe("halfLifeDecay", () => {
  it.each<Row>([
    { age: 0, halfLife: 90, expected: 1 },
    { age: 90, halfLife: 90, expected: 0.5 },
    { age: 180, halfLife: 90, expected: 0.25 },
    { age: 45, halfLife: 90, expected: Math.SQRT1_2 },
    { age: 3650, halfLife: 3650, expected: 0.5 },
    { age: 1, halfLife: 3650, expected: 0.5 ** (1 / 3650) },
    { age: -10, halfLife: 90, expected: 1 },
  ])("age $age d, half-life $halfLife d → $expected", ({ age, halfLife, expected }) => {
    expect(halfLifeDecay(age, halfLife)).toBeCloseTo(expected, 12);
  });

  it.each<{ halfLife: number }>([{ halfLife: 0 }, { halfLife: -1 }, { halfLife: Number.NaN }])(
    "refuses half-life $halfLife",
    ({ halfLife }) => {
      expect(() => halfLifeDecay(1, halfLife)).toThrow(RangeError);
    },
  );
});
