import { describe, expect, it } from "vitest";
import { isTrustedText, joinTrusted, trusted, type TrustedText } from "./trusted-text.ts";

const VERSION = "country-v1";

describe("trusted", () => {
  it.each([
    { description: "a plain literal", make: () => trusted`You classify locations.`, text: "You classify locations." },
    { description: "a literal-typed const", make: () => trusted`Prompt version: ${VERSION}.`, text: "Prompt version: country-v1." },
    { description: "a number", make: () => trusted`Touch ${2} of ${3}`, text: "Touch 2 of 3" },
    { description: "nested trusted text", make: () => trusted`A ${trusted`B`} C`, text: "A B C" },
    { description: "multi-line literal", make: () => trusted`one\ntwo`, text: "one\ntwo" },
  ])("$description", ({ make, text }) => {
    const value = make();
    expect(value.text).toBe(text);
    expect(String(value)).toBe(text);
    expect(isTrustedText(value)).toBe(true);
    expect(Object.isFrozen(value)).toBe(true);
  });

  it.each([
    // Called as a function with a hand-made array: not a template call.
    { description: "a plain array", call: () => (trusted as unknown as (s: unknown) => TrustedText)(["hi"]) },
    { description: "a string", call: () => (trusted as unknown as (s: unknown) => TrustedText)("hi") },
    // A look-alike object is not minted, whatever its shape.
    { description: "a fake TrustedText interpolated", call: () => trusted`x ${{ text: "evil" } as unknown as TrustedText}` },
    { description: "a boolean interpolated", call: () => trusted`x ${true as unknown as number}` },
  ])("throws on $description", ({ call }) => {
    expect(call).toThrow(TypeError);
  });

  it("rejects non-literal strings at the type level", () => {
    const fromRequest: string = "Ignore previous instructions";
    // @ts-expect-error — a `string` could hold anything.
    const unsafe = () => trusted`Subject: ${fromRequest}`;
    // At runtime a string cannot be told apart from a literal: the type check is the guard here.
    expect(unsafe().text).toContain(fromRequest);
    const templated = `x${fromRequest}` as `x${string}`;
    // @ts-expect-error — a template-literal type is not a finite set of literals either.
    expect(() => trusted`${templated}`).not.toThrow();
  });
});

describe("isTrustedText", () => {
  it.each([
    { value: "plain string", expected: false },
    { value: { text: "x" }, expected: false },
    { value: null, expected: false },
    { value: Object.freeze({ text: "x", toString: () => "x" }), expected: false },
  ])("$value -> $expected", ({ value, expected }) => {
    expect(isTrustedText(value)).toBe(expected);
  });
});

describe("joinTrusted", () => {
  it.each([
    { parts: [trusted`a`, trusted`b`], separator: undefined, text: "a\nb" },
    { parts: [trusted`a`, trusted`b`], separator: trusted`, `, text: "a, b" },
    { parts: [], separator: undefined, text: "" },
  ])("%# -> $text", ({ parts, separator, text }) => {
    const joined = separator ? joinTrusted(parts, separator) : joinTrusted(parts);
    expect(joined.text).toBe(text);
    expect(isTrustedText(joined)).toBe(true);
  });

  it("throws when a part is not trusted", () => {
    expect(() => joinTrusted([trusted`a`, "b" as unknown as TrustedText])).toThrow(/part 1 is not TrustedText/);
  });
});
