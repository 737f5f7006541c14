// A fixture web on loopback HTTP (Node only): company sites from
// test/fixtures/sites/<domain>/, robots.txt, redirects, slow, huge, Latin-1
// and malformed pages, a generated 200-page site, and a DNS-over-HTTPS JSON
// endpoint. Crawlers reach it through their real fetch path: a site URL
// `https://<domain>/<path>` is sent to `<origin>/<domain>/<path>` by the
// fetcher's origin template (`SITE_ORIGIN_TEMPLATE`), and everything the
// server says back (Location headers included) is in the logical URL space.
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** Per-site behaviour, from `<domain>/_site.json`. Paths are logical (`/about`). */
export interface SiteConfig {
  readonly redirects?: Readonly<Record<string, { readonly status?: number; readonly location: string }>>;
  /** Delay before the response head, ms. */
  readonly slow?: Readonly<Record<string, number>>;
  /** Pages served in another encoding: the file is UTF-8 on disk, transcoded on the wire. */
  readonly encodings?: Readonly<Record<string, { readonly charset: "latin1"; readonly header: boolean }>>;
  /** Generated pages of this many bytes, streamed without a Content-Length. */
  readonly huge?: Readonly<Record<string, number>>;
  /** Fixed status codes (e.g. a robots.txt that answers 503). */
  readonly status?: Readonly<Record<string, number>>;
  /** `Last-Modified` per path (ISO date). */
  readonly lastModified?: Readonly<Record<string, string>>;
}

/** DNS answers by name and record type, from `_dns.json`: `{ "acme.io": { "MX": ["10 mx.acme.io."] } }`; `null` = NXDOMAIN. */
export type DnsFixture = Readonly<Record<string, Readonly<Record<string, readonly string[]>> | null>>;

export interface RecordedRequest {
  readonly path: string;
  readonly userAgent: string | undefined;
  readonly accept: string | undefined;
}

export interface FixtureWeb {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** For the fetcher: `http://127.0.0.1:<port>/{host}`. */
  readonly originTemplate: string;
  /** For `DOH_URL`. */
  readonly dohUrl: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export interface FixtureWebOptions {
  /** Default: test/fixtures/sites next to this file. */
  readonly root?: string;
  readonly port?: number;
}

/** The generated benchmark site and its page count. */
export const BENCH_DOMAIN = "pagefarm-bench.com";
export const BENCH_PAGES = 200;

const DNS_TYPES: Readonly<Record<string, number>> = { A: 1, AAAA: 28, MX: 15, TXT: 16 };
const ROOT = path.join(import.meta.dirname, "../fixtures/sites");

/**
 * Starts the fixture web on 127.0.0.1 (random port unless given).
 *
 * @example
 * const web = await startFixtureWeb();
 * await fetch(`${web.origin}/nordwind-robotik.de/team`); // the fixture team page
 * await web.close();
 */
export async function startFixtureWeb(options: FixtureWebOptions = {}): Promise<FixtureWeb> {
  const root = options.root ?? ROOT;
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fixture.invalid");
    requests.push({ path: url.pathname + url.search, userAgent: req.headers["user-agent"], accept: req.headers.accept });
    handle(root, url, req, res, requests).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    originTemplate: `${origin}/{host}`,
    dohUrl: `${origin}/dns-query`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(root: string, url: URL, req: IncomingMessage, res: ServerResponse, log: RecordedRequest[]): Promise<void> {
  if (url.pathname === "/dns-query") return dnsQuery(root, url, req, res);
  if (url.pathname === "/__requests") {
    // Lets a test in workerd (no access to this process) see what was fetched.
    const prefix = `/${url.searchParams.get("domain") ?? ""}`;
    return json(res, 200, log.filter((r) => r.path.startsWith(prefix)));
  }
  const [, domain = "", ...rest] = url.pathname.split("/");
  const logical = `/${rest.join("/")}`;
  if (domain === BENCH_DOMAIN) return benchSite(logical, res);
  const dir = path.join(root, domain);
  if (!domain || domain.startsWith("_") || !existsSync(dir)) {
    // An unknown host behaves like one that does not resolve: the connection just fails.
    req.socket.destroy();
    return;
  }
  const config = readConfig(dir);
  const delay = config.slow?.[logical];
  if (delay) await new Promise((r) => setTimeout(r, delay));
  if (res.destroyed) return;
  const redirect = config.redirects?.[logical];
  if (redirect) {
    res.writeHead(redirect.status ?? 301, { location: redirect.location });
    return void res.end();
  }
  const status = config.status?.[logical];
  if (status) {
    res.writeHead(status, { "content-type": "text/plain" });
    return void res.end(`status ${status}`);
  }
  const huge = config.huge?.[logical];
  if (huge) return hugePage(huge, res);
  const file = fileFor(dir, logical);
  if (!file) {
    res.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    return void res.end("<!doctype html><title>Not found</title><h1>404</h1>");
  }
  const encoding = config.encodings?.[logical];
  const text = readFileSync(file, "utf8");
  const type = file.endsWith(".txt") ? "text/plain" : file.endsWith(".json") ? "application/json" : "text/html";
  const headers: Record<string, string> = {};
  if (encoding) headers["content-type"] = encoding.header ? `${type}; charset=iso-8859-1` : type;
  else headers["content-type"] = `${type}; charset=utf-8`;
  const modified = config.lastModified?.[logical];
  if (modified) headers["last-modified"] = new Date(modified).toUTCString();
  const body = encoding ? Buffer.from(text, "latin1") : Buffer.from(text, "utf8");
  headers["content-length"] = String(body.byteLength);
  res.writeHead(200, headers);
  res.end(body);
}

function readConfig(dir: string): SiteConfig {
  const file = path.join(dir, "_site.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as SiteConfig) : {};
}

/** `/` → index.html, `/team` → team.html or team/index.html, `/robots.txt` as is. Never leaves `dir`. */
function fileFor(dir: string, logical: string): string | null {
  const clean = path.normalize(decodeURIComponent(logical)).replace(/^(\.\.[/\\])+/, "");
  const base = path.join(dir, clean);
  if (!base.startsWith(dir)) return null;
  const options = clean.endsWith("/") ? [path.join(base, "index.html")] : [base, `${base}.html`, path.join(base, "index.html")];
  return options.find((f) => existsSync(f) && statSync(f).isFile() && !path.basename(f).startsWith("_")) ?? null;
}

function hugePage(bytes: number, res: ServerResponse): void {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
  const row = `<p class="filler">${"lorem ipsum dolor sit amet ".repeat(36)}</p>\n`;
  let sent = 0;
  const pump = () => {
    while (sent < bytes && !res.destroyed) {
      sent += row.length;
      if (!res.write(row)) return void res.once("drain", pump);
    }
    res.end();
  };
  res.write("<!doctype html><html><head><title>Katalog</title></head><body>");
  pump();
}

function dnsQuery(root: string, url: URL, req: IncomingMessage, res: ServerResponse): void {
  // Like cloudflare-dns.com: JSON only when asked for it (Accept or ?ct=).
  const wantsJson = (req.headers.accept ?? "").includes("application/dns-json") || url.searchParams.get("ct") === "application/dns-json";
  const name = (url.searchParams.get("name") ?? "").toLowerCase().replace(/\.$/, "");
  const type = (url.searchParams.get("type") ?? "A").toUpperCase();
  if (!wantsJson || !name || !(type in DNS_TYPES)) return json(res, 400, { error: "bad request" });
  const file = path.join(root, "_dns.json");
  const zones = (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}) as DnsFixture;
  const zone = zones[name];
  const code = DNS_TYPES[type]!;
  const question = [{ name: `${name}.`, type: code }];
  const flags = { TC: false, RD: true, RA: true, AD: false, CD: false };
  if (zone === undefined || zone === null) return json(res, 200, { Status: 3, ...flags, Question: question }, "application/dns-json");
  const records = zone[type] ?? [];
  const Answer = records.map((data) => ({ name: `${name}.`, type: code, TTL: 300, data }));
  json(res, 200, { Status: 0, ...flags, Question: question, ...(Answer.length ? { Answer } : {}) }, "application/dns-json");
}

function json(res: ServerResponse, status: number, body: unknown, type = "application/json"): void {
  res.writeHead(status, { "content-type": type });
  res.end(JSON.stringify(body));
}

/**
 * The benchmark site, generated on request: a home page linking to a team
 * index, which links to BENCH_PAGES − 2 team pages of six people each
 * (team-card markup plus one schema.org Person block).
 */
function benchSite(logical: string, res: ServerResponse): void {
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><header><nav><a href="/">Home</a> <a href="/team">Team</a></nav></header><main>${body}</main></body></html>`;
  const send = (html: string) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  };
  if (logical === "/robots.txt") {
    res.writeHead(200, { "content-type": "text/plain" });
    return void res.end("User-agent: *\nDisallow: /private/\n");
  }
  if (logical === "/") return send(page("Pagefarm", `<h1>Pagefarm</h1><p>We farm pages.</p><a href="/team">Our team</a>`));
  const teamPages = BENCH_PAGES - 2;
  if (logical === "/team") {
    const links = Array.from({ length: teamPages }, (_, i) => `<li><a href="/team/p/${i + 1}">Team page ${i + 1}</a></li>`).join("");
    return send(page("Team", `<h1>Team</h1><ul>${links}</ul>`));
  }
  const match = /^\/team\/p\/(\d+)$/.exec(logical);
  const n = match ? Number(match[1]) : 0;
  if (n < 1 || n > teamPages) {
    res.writeHead(404, { "content-type": "text/html" });
    return void res.end("not found");
  }
  const cards = Array.from({ length: 6 }, (_, i) => {
    const id = (n - 1) * 6 + i;
    return `<div class="team-member"><h3>${benchName(id)}</h3><p class="role">${BENCH_TITLES[id % BENCH_TITLES.length]}</p></div>`;
  }).join("");
  const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "Person", name: benchName(n * 7919), jobTitle: "Team Lead" });
  send(page(`Team page ${n}`, `<h1>Team page ${n}</h1>${cards}<script type="application/ld+json">${ld}</script>${"<p>Filler paragraph about our work.</p>".repeat(40)}`));
}

const BENCH_FIRST = ["Ada", "Bo", "Cyra", "Dov", "Eli", "Fenna", "Gus", "Hedda", "Ivo", "Juno", "Kai", "Lior"];
const BENCH_LAST = ["Quill", "Rook", "Sable", "Thorne", "Umber", "Vale", "Wren", "Yarrow", "Zephyr", "Brook", "Cinder", "Dune", "Ember"];
const BENCH_TITLES = ["Engineer", "Designer", "Account Executive", "Head of Operations", "Analyst"];
/** Made-up, deterministic names: 12 × 13 combinations, so pages repeat people the way a big directory does. */
const benchName = (id: number) => `${BENCH_FIRST[id % BENCH_FIRST.length]} ${BENCH_LAST[Math.floor(id / BENCH_FIRST.length) % BENCH_LAST.length]}`;
