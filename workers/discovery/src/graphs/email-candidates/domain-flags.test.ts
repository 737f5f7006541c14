import { describe, expect, it } from "vitest";
import { domainFlags, type DomainFlags } from "./domain-flags.ts";

describe("domainFlags", () => {
  it.each<{ domain: string; flags: DomainFlags }>([
    { domain: "gmail.com", flags: { free_mail: true, disposable: false } },
    { domain: "GMX.de", flags: { free_mail: true, disposable: false } },
    { domain: "web.de", flags: { free_mail: true, disposable: false } },
    { domain: "proton.me", flags: { free_mail: true, disposable: false } },
    { domain: "outlook.com", flags: { free_mail: true, disposable: false } },
    { domain: "mailinator.com", flags: { free_mail: false, disposable: true } },
    { domain: "yopmail.com", flags: { free_mail: false, disposable: true } },
    { domain: "acme.io", flags: { free_mail: false, disposable: false } },
    { domain: "gmail.co", flags: { free_mail: false, disposable: false } },
  ])("$domain", ({ domain, flags }) => {
    expect(domainFlags(domain)).toEqual(flags);
  });
});
