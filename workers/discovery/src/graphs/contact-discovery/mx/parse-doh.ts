import { z } from "zod";
import type { MxHost } from "./mx-lookup.ts";

/** RR type numbers (RFC 1035, RFC 3596). */
export const RR_TYPE = { A: 1, CNAME: 5, MX: 15, AAAA: 28 } as const;

/** The `application/dns-json` answer of cloudflare-dns.com and dns.google (no formal RFC; fields we read). */
export const DnsJson = z.object({
  Status: z.number().int(),
  Answer: z.array(z.object({ name: z.string(), type: z.number().int(), data: z.string() })).optional(),
});
export type DnsJson = z.infer<typeof DnsJson>;

/** DNS RCODEs we tell apart (RFC 1035 §4.1.1). */
export const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3 } as const;

/**
 * MX hosts from a DNS JSON answer, best preference first (ties by name).
 * Records of other types (a CNAME in the chain) are ignored; malformed MX
 * data is skipped. The RFC 7505 null MX comes back as `{ preference: 0, host: "" }`.
 *
 * @example
 * mxHostsOf({ Status: 0, Answer: [{ name: "acme.io.", type: 15, data: "20 b.mx.acme.io." }, { name: "acme.io.", type: 15, data: "10 a.mx.acme.io." }] });
 * // [{ preference: 10, host: "a.mx.acme.io" }, { preference: 20, host: "b.mx.acme.io" }]
 */
export function mxHostsOf(answer: DnsJson): MxHost[] {
  const hosts: MxHost[] = [];
  for (const record of answer.Answer ?? []) {
    if (record.type !== RR_TYPE.MX) continue;
    const match = /^\s*(\d{1,5})\s+(\S+)\s*$/.exec(record.data);
    if (!match) continue;
    hosts.push({ preference: Number(match[1]), host: match[2]!.toLowerCase().replace(/\.$/, "") });
  }
  return hosts.sort((a, b) => a.preference - b.preference || a.host.localeCompare(b.host));
}

/**
 * Whether an answer holds at least one record of the type.
 *
 * @example
 * hasRecord({ Status: 0, Answer: [{ name: "acme.io.", type: 1, data: "192.0.2.1" }] }, RR_TYPE.A); // true
 */
export const hasRecord = (answer: DnsJson, type: number): boolean => (answer.Answer ?? []).some((r) => r.type === type);
