import { describe, expect, it } from "vitest";
import { screenDomain } from "./screen-domain.ts";

describe("screenDomain", () => {
  it.each<{ raw: string; domain: string; skip: string | null }>([
    { raw: "https://www.Acme.co.uk/about", domain: "acme.co.uk", skip: null },
    { raw: "jobs.nordwind-robotik.de", domain: "nordwind-robotik.de", skip: null },
    { raw: "müller.de", domain: "xn--mller-kva.de", skip: null },
    { raw: "10.0.0.1", domain: "10.0.0.1", skip: "ip_address" },
    { raw: "localhost", domain: "localhost", skip: "invalid_domain" },
    { raw: "acme.test", domain: "acme.test", skip: "invalid_domain" },
  ])("$raw", ({ raw, domain, skip }) => expect(screenDomain(raw)).toEqual({ domain, skip_reason: skip }));
});
