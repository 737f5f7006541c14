import { DnsJson, hasRecord, mxHostsOf, RCODE, RR_TYPE } from "./parse-doh.ts";
import { mxLookup, type MxLookup } from "./mx-lookup.ts";

/** Public DoH JSON endpoint used unless `DOH_URL` says otherwise. */
export const DEFAULT_DOH_URL = "https://cloudflare-dns.com/dns-query";

export interface DohOptions {
  readonly dohUrl: string;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
}

type Query = { ok: true; answer: DnsJson } | { ok: false; detail: string };

/**
 * The domain's mail hosts over DNS-over-HTTPS (JSON API): MX first; with no
 * MX, an A or AAAA record is the implicit mail host (RFC 5321 §5.1); the null
 * MX (RFC 7505) means no mail. Plain fetch, so it runs in Workers, which have
 * no DNS or port-25 sockets. Failures come back as status `error`, never thrown.
 *
 * @example
 * await lookupMx("acme.io", { dohUrl: DEFAULT_DOH_URL, fetch, timeoutMs: 3000 });
 * // { status: "mx", hosts: [{ preference: 10, host: "mx1.acme.io" }], accepts_mail: true, detail: null }
 */
export async function lookupMx(domain: string, options: DohOptions): Promise<MxLookup> {
  const mx = await query(domain, "MX", options);
  if (!mx.ok) return mxLookup("error", [], mx.detail);
  if (mx.answer.Status === RCODE.NXDOMAIN) return mxLookup("nxdomain");
  if (mx.answer.Status !== RCODE.NOERROR) return mxLookup("error", [], `rcode ${mx.answer.Status}`);
  const hosts = mxHostsOf(mx.answer);
  if (hosts.length === 1 && hosts[0]!.host === "") return mxLookup("null_mx");
  if (hosts.length > 0) return mxLookup("mx", hosts.filter((h) => h.host !== ""));
  for (const type of ["A", "AAAA"] as const) {
    const address = await query(domain, type, options);
    if (!address.ok) return mxLookup("error", [], address.detail);
    if (hasRecord(address.answer, RR_TYPE[type])) return mxLookup("implicit", [{ preference: 0, host: domain }]);
  }
  return mxLookup("none");
}

async function query(name: string, type: "MX" | "A" | "AAAA", { dohUrl, fetch, timeoutMs }: DohOptions): Promise<Query> {
  const url = new URL(dohUrl);
  url.searchParams.set("name", name);
  url.searchParams.set("type", type);
  try {
    const response = await fetch(url.href, { headers: { accept: "application/dns-json" }, signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return { ok: false, detail: `DoH HTTP ${response.status}` };
    const parsed = DnsJson.safeParse(await response.json());
    return parsed.success ? { ok: true, answer: parsed.data } : { ok: false, detail: "DoH answer is not DNS JSON" };
  } catch (e) {
    return { ok: false, detail: e instanceof Error && e.name === "TimeoutError" ? "DoH timeout" : "DoH request failed" };
  }
}
