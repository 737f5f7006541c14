import { describe, expect, it } from "vitest";
import { explicitRandomnessOf, otValuesOf, withThreshold } from "./tracestate-ot.ts";

describe("withThreshold", () => {
  type Row = { before: string | undefined; th: string; after: string };
  const CASES: Row[] = [
    { before: undefined, th: "0", after: "ot=th:0" },
    { before: "", th: "8", after: "ot=th:8" },
    // Other vendors are kept; the updated ot entry moves to the front (W3C).
    { before: "vendor=opaque", th: "c", after: "ot=th:c,vendor=opaque" },
    { before: "vendor=opaque,ot=th:8", th: "c", after: "ot=th:c,vendor=opaque" },
    // ot's other sub-keys (rv) survive.
    { before: "ot=rv:abcdef01234567;th:8", th: "e6666666666666", after: "ot=th:e6666666666666;rv:abcdef01234567" },
  ];
  it.each(CASES)("%j", ({ before, th, after }) => expect(withThreshold(before, th)).toBe(after));
});

describe("otValuesOf / explicitRandomnessOf", () => {
  it("reads the ot sub-keys", () => expect(otValuesOf("a=1,ot=th:8;rv:00000000000001")).toEqual({ th: "8", rv: "00000000000001" }));
  it("reads rv as 56 bits", () => expect(explicitRandomnessOf("ot=rv:00000000000001")).toBe(1n));
  it("ignores a malformed rv", () => expect(explicitRandomnessOf("ot=rv:xyz")).toBeUndefined());
  it("no tracestate, no values", () => expect(otValuesOf(undefined)).toEqual({}));
});
