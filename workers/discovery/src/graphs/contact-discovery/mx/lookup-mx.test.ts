import { describe, expect, inject, it } from "vitest";
import { lookupMx } from "./lookup-mx.ts";
import type { MxStatus } from "./mx-lookup.ts";

const options = () => ({ dohUrl: inject("fixtureWeb").dohUrl, fetch: (i: RequestInfo | URL, init?: RequestInit) => fetch(i, init), timeoutMs: 2_000 });

describe("lookupMx over the fixture DoH endpoint", () => {
  it.each<{ domain: string; status: MxStatus; accepts: boolean | null; hosts: string[] }>([
    { domain: "nordwind-robotik.de", status: "mx", accepts: true, hosts: ["mx1.nordwind-robotik.de", "mx2.nordwind-robotik.de"] },
    { domain: "lumiere-atelier.fr", status: "mx", accepts: true, hosts: ["mx1.mailhost-fixture.net", "mx2.mailhost-fixture.net"] },
    { domain: "quiet-harbor.io", status: "null_mx", accepts: false, hosts: [] },
    // No MX but an A record: RFC 5321 §5.1 implicit MX.
    { domain: "closed-gate.com", status: "implicit", accepts: true, hosts: ["closed-gate.com"] },
    { domain: "empty-zone.com", status: "none", accepts: false, hosts: [] },
    { domain: "no-such-company.com", status: "nxdomain", accepts: false, hosts: [] },
    // The only MX record is malformed: no usable host, no A record either.
    { domain: "servfail-zone.com", status: "none", accepts: false, hosts: [] },
  ])("$domain → $status", async ({ domain, status, accepts, hosts }) => {
    const result = await lookupMx(domain, options());
    expect(result).toMatchObject({ status, accepts_mail: accepts });
    expect(result.hosts.map((h) => h.host)).toEqual(hosts);
  });

  it.each<{ name: string; dohUrl: (origin: string) => string; detail: RegExp }>([
    { name: "HTTP error", dohUrl: (o) => `${o}/nordwind-robotik.de/does-not-exist`, detail: /DoH HTTP 404/ },
    { name: "not DNS JSON", dohUrl: (o) => `${o}/__requests`, detail: /not DNS JSON/ },
    { name: "unreachable resolver", dohUrl: () => "http://127.0.0.1:1/dns-query", detail: /request failed/ },
  ])("$name → error, never thrown", async ({ dohUrl, detail }) => {
    const result = await lookupMx("nordwind-robotik.de", { ...options(), dohUrl: dohUrl(inject("fixtureWeb").origin) });
    expect(result).toMatchObject({ status: "error", accepts_mail: null });
    expect(result.detail).toMatch(detail);
  });

  it("asks for application/dns-json (the fixture answers 400 otherwise, like cloudflare-dns.com)", async () => {
    const response = await fetch(`${inject("fixtureWeb").dohUrl}?name=nordwind-robotik.de&type=MX`);
    expect(response.status).toBe(400);
  });
});
