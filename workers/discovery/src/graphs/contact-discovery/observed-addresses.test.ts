import { describe, expect, it } from "vitest";
import { observedAddresses } from "./observed-addresses.ts";

describe("observedAddresses", () => {
  it("classifies and flags every distinct address, first sighting wins", () => {
    const pages = [
      { url: "https://acme.io/contact", mailto: ["info@acme.io", "Ada.Example@acme.io", "acme.support@gmail.com", "x@mailinator.com", "broken"] },
      { url: "https://acme.io/team", mailto: ["info@acme.io", "reception@acme.io"] },
    ];
    const matches = [{ address: "ada.example@acme.io", person: "Ada Example", pattern: "first.last" as const }];
    expect(observedAddresses(pages, matches, "acme.io")).toEqual([
      { address: "info@acme.io", kind: "role", person: null, on_domain: true, free_mail: false, disposable: false, source_url: "https://acme.io/contact" },
      { address: "ada.example@acme.io", kind: "person", person: "Ada Example", on_domain: true, free_mail: false, disposable: false, source_url: "https://acme.io/contact" },
      { address: "acme.support@gmail.com", kind: "other", person: null, on_domain: false, free_mail: true, disposable: false, source_url: "https://acme.io/contact" },
      { address: "x@mailinator.com", kind: "other", person: null, on_domain: false, free_mail: false, disposable: true, source_url: "https://acme.io/contact" },
      { address: "reception@acme.io", kind: "other", person: null, on_domain: true, free_mail: false, disposable: false, source_url: "https://acme.io/team" },
    ]);
  });
});
