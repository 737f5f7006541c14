import { describe, expect, it } from "vitest";
import { dncMatch, domainSuffixes, type DncRule } from "./dnc-match.ts";

const RULES: DncRule[] = [
  { kind: "address", value: "opted.out@example.com" },
  { kind: "domain", value: "competitor.example" },
  { kind: "pattern", value: "*@*.gov" },
  { kind: "pattern", value: "support@*" },
];

describe("dncMatch", () => {
  it.each([
    { email: "Opted.Out@Example.com", kind: "address" },
    { email: "ada@competitor.example", kind: "domain" },
    // a domain rule covers its subdomains
    { email: "ada@eu.competitor.example", kind: "domain" },
    { email: "clerk@agency.gov", kind: "pattern" },
    { email: "support@anything.example", kind: "pattern" },
  ])("$email is blocked by a $kind rule", ({ email, kind }) => {
    expect(dncMatch(email, RULES)?.kind).toBe(kind);
  });

  it.each(["ada@example.com", "ada@notcompetitor.example", "clerk@gov.example", "ada@agency.gov.example", "helpdesk@example.com"])("%s is allowed", (email) => {
    expect(dncMatch(email, RULES)).toBeNull();
  });

  it("regex characters in a pattern are literal", () => {
    expect(dncMatch("a+b@x.example", [{ kind: "pattern", value: "a+b@*" }])).not.toBeNull();
    expect(dncMatch("aab@x.example", [{ kind: "pattern", value: "a+b@*" }])).toBeNull();
  });

  it("domainSuffixes lists the domain and its parents", () => {
    expect(domainSuffixes("a@mail.example.co.uk")).toEqual(["mail.example.co.uk", "example.co.uk", "co.uk", "uk"]);
  });
});
