import { describe, expect, it } from "vitest";
import { isPresentValue } from "./field-presence.ts";

describe("isPresentValue", () => {
  it.each<{ value: unknown; expected: boolean }>([
    { value: "Acme", expected: true },
    { value: 0, expected: true },
    { value: 250, expected: true },
    { value: false, expected: true },
    { value: ["react"], expected: true },
    { value: { city: "Berlin" }, expected: true },
    { value: "", expected: false },
    { value: "   ", expected: false },
    { value: [], expected: false },
    { value: {}, expected: false },
    { value: null, expected: false },
    { value: undefined, expected: false },
    { value: Number.NaN, expected: false },
  ])("$value → $expected", ({ value, expected }) => {
    expect(isPresentValue(value)).toBe(expected);
  });
});
