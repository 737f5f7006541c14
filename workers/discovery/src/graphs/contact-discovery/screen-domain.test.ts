import { describe, expect, it } from "vitest";
import { screenDomain } from "./screen-domain.ts";

describe("screenDomain", () => {
  it.each<{ raw: string; domain: string; skip: string | null }>([
    { raw: "https://www.Nordwind-Robotik.de/team", domain: "nordwind-robotik.de", skip: null },
    { raw: "greenleaf-dental.co.uk", domain: "greenleaf-dental.co.uk", skip: null },
    { raw: "gmail.com", domain: "gmail.com", skip: "free_mail_domain" },
    { raw: "mailinator.com", domain: "mailinator.com", skip: "disposable_domain" },
    { raw: "192.0.2.1", domain: "192.0.2.1", skip: "ip_address" },
    { raw: "intranet.local", domain: "intranet.local", skip: "invalid_domain" },
  ])("$raw", ({ raw, domain, skip }) => expect(screenDomain(raw)).toMatchObject({ domain, skip_reason: skip }));
});
