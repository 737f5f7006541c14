import { describe, expect, it } from "vitest";
import { DnsJson, hasRecord, mxHostsOf, RR_TYPE } from "./parse-doh.ts";

const mx = (data: string, type = 15) => ({ name: "acme.io.", type, data });

describe("mxHostsOf", () => {
  it.each<{ name: string; answer: DnsJson; hosts: { preference: number; host: string }[] }>([
    { name: "sorted by preference, trailing dot dropped", answer: { Status: 0, Answer: [mx("20 B.mx.acme.io."), mx("10 a.mx.acme.io.")] }, hosts: [{ preference: 10, host: "a.mx.acme.io" }, { preference: 20, host: "b.mx.acme.io" }] },
    { name: "ties by name", answer: { Status: 0, Answer: [mx("10 z.acme.io."), mx("10 a.acme.io.")] }, hosts: [{ preference: 10, host: "a.acme.io" }, { preference: 10, host: "z.acme.io" }] },
    // RFC 7505 null MX.
    { name: "null MX", answer: { Status: 0, Answer: [mx("0 .")] }, hosts: [{ preference: 0, host: "" }] },
    { name: "CNAME in the chain ignored", answer: { Status: 0, Answer: [mx("alias.acme.io.", 5), mx("5 mx.acme.io.")] }, hosts: [{ preference: 5, host: "mx.acme.io" }] },
    { name: "malformed data skipped", answer: { Status: 0, Answer: [mx("not an mx record"), mx("99999999 x.")] }, hosts: [] },
    { name: "no Answer", answer: { Status: 0 }, hosts: [] },
  ])("$name", ({ answer, hosts }) => expect(mxHostsOf(answer)).toEqual(hosts));
});

describe("DnsJson", () => {
  it("accepts the cloudflare-dns.com shape and ignores extra fields", () => {
    const raw = { Status: 0, TC: false, RD: true, RA: true, AD: false, CD: false, Question: [{ name: "acme.io.", type: 15 }], Answer: [{ name: "acme.io.", type: 15, TTL: 300, data: "10 mx.acme.io." }] };
    expect(DnsJson.parse(raw).Answer).toEqual([{ name: "acme.io.", type: 15, data: "10 mx.acme.io." }]);
  });

  it.each([{}, { Status: "0" }, { Status: 0, Answer: [{ type: 15 }] }])("refuses %j", (raw) => expect(DnsJson.safeParse(raw).success).toBe(false));

  it("hasRecord looks at the type", () => {
    expect(hasRecord({ Status: 0, Answer: [{ name: "a.", type: 1, data: "192.0.2.1" }] }, RR_TYPE.A)).toBe(true);
    expect(hasRecord({ Status: 0, Answer: [{ name: "a.", type: 1, data: "192.0.2.1" }] }, RR_TYPE.AAAA)).toBe(false);
  });
});
