import { describe, expect, it } from "vitest";
import { greetingName } from "./greeting-name.ts";

interface Row {
  readonly fromName: string | undefined;
  readonly expected: string | null;
}

describe("greetingName", () => {
  it.each<Row>([
    { fromName: "Ada Example", expected: "Ada" },
    { fromName: "Ada", expected: "Ada" },
    { fromName: "Example, Ada", expected: "Ada" },
    { fromName: "Ada Example, PhD", expected: "Ada" },
    { fromName: '"Ada Example" <ada@example.com>', expected: "Ada" },
    { fromName: "Dr. Ada Example", expected: "Ada" },
    { fromName: "Dr. Example", expected: null },
    { fromName: "ADA EXAMPLE", expected: "Ada" },
    { fromName: "josé example", expected: "José" },
    { fromName: "Mary-Jane Example", expected: "Mary-Jane" },
    { fromName: "DeShawn Example", expected: "DeShawn" },
    { fromName: "ada@example.com", expected: null },
    { fromName: "Sales Team 2", expected: "Sales" },
    { fromName: "1234", expected: null },
    { fromName: "   ", expected: null },
    { fromName: "", expected: null },
    { fromName: undefined, expected: null },
  ])("$fromName → $expected", ({ fromName, expected }) => {
    expect(greetingName(fromName)).toBe(expected);
  });
});
