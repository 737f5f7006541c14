import { describe, expect, it } from "vitest";
import { companyDomain, type CompanyDomain } from "./company-domain.ts";

describe("companyDomain", () => {
  it.each<{ raw: string; expected: CompanyDomain }>([
    { raw: "acme.io", expected: { ok: true, domain: "acme.io" } },
    { raw: "  Mail.ACME.io ", expected: { ok: true, domain: "acme.io" } },
    { raw: "https://www.example.com/about?x=1", expected: { ok: true, domain: "example.com" } },
    { raw: "acme.co.uk", expected: { ok: true, domain: "acme.co.uk" } },
    { raw: "example.com.", expected: { ok: true, domain: "example.com" } },
    { raw: "müller.de", expected: { ok: true, domain: "xn--mller-kva.de" } },
    { raw: "192.168.0.1", expected: { ok: false, reason: "ip_address" } },
    { raw: "[::1]", expected: { ok: false, reason: "ip_address" } },
    { raw: "acme.test", expected: { ok: false, reason: "invalid_domain" } },
    { raw: "localhost", expected: { ok: false, reason: "invalid_domain" } },
    { raw: "acme", expected: { ok: false, reason: "invalid_domain" } },
    { raw: "acme..io", expected: { ok: false, reason: "invalid_domain" } },
    { raw: "a b.com", expected: { ok: false, reason: "invalid_domain" } },
  ])("$raw", ({ raw, expected }) => {
    expect(companyDomain(raw)).toEqual(expected);
  });
});
