import { describe, expect, it } from "vitest";
import { assembleContacts, INFERRED_PER_PERSON } from "./assemble-contacts.ts";
import { mxLookup } from "./mx/mx-lookup.ts";
import { sitePerson } from "./test-people.ts";

const ada = sitePerson("Ada Example");

describe("assembleContacts", () => {
  it("infers candidates with the site's pattern first", () => {
    const [contact] = assembleContacts({ people: [ada], domain: "acme.io", pattern: { pattern: "flast", evidence: ["bsample@acme.io"] }, matches: [], mx: mxLookup("mx") });
    expect(contact?.emails).toHaveLength(INFERRED_PER_PERSON);
    expect(contact?.emails[0]).toEqual({ address: "aexample@acme.io", source: "inferred", pattern: "flast", confidence: 0.9, role: false });
  });

  it("uses the site's own address for a person and infers nothing more", () => {
    const [contact] = assembleContacts({ people: [ada], domain: "acme.io", pattern: null, matches: [{ address: "ada.example@acme.io", person: "Ada Example", pattern: "first.last" }], mx: null });
    expect(contact?.emails).toEqual([{ address: "ada.example@acme.io", source: "site", pattern: "first.last", confidence: 1, role: false }]);
  });

  it("keeps a private address from the site but still infers a work one", () => {
    const [contact] = assembleContacts({ people: [{ ...ada, emails: ["ada.private@gmail.com"] }], domain: "acme.io", pattern: null, matches: [], mx: null });
    expect(contact?.emails.map((e) => e.source)).toEqual(["site", "inferred", "inferred", "inferred"]);
  });

  it.each(["null_mx", "none", "nxdomain"] as const)("infers nothing when DNS says the domain takes no mail (%s)", (status) => {
    const [contact] = assembleContacts({ people: [ada], domain: "acme.io", pattern: null, matches: [], mx: mxLookup(status) });
    expect(contact?.emails).toEqual([]);
  });

  it("still infers when the DNS answer is unknown", () => {
    const [contact] = assembleContacts({ people: [ada], domain: "acme.io", pattern: null, matches: [], mx: mxLookup("error", [], "DoH timeout") });
    expect(contact?.emails).toHaveLength(INFERRED_PER_PERSON);
  });

  it("carries provenance through", () => {
    expect(assembleContacts({ people: [ada], domain: "acme.io", pattern: null, matches: [], mx: null })[0]?.sources).toEqual(ada.sources);
  });
});
