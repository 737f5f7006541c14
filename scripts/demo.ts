// pnpm demo — the whole sales workflow against the running local fleet
// (`pnpm dev`), through the typed client: discover → enrich → classify →
// score → compose → enroll → simulated days of cron → outbox → a reply
// arrives → it is classified → the campaign stops for that contact.
import { spawnSync } from "node:child_process";
import { createSalesClient } from "../shared/src/client/create-sales-client.ts";
import { DEV_TOKEN, ROOT } from "./lib/fleet.ts";
import { report } from "./demo/report.ts";

const API = process.env.FLEET_URL ?? "http://127.0.0.1:8787";
const DOMAIN = process.env.DEMO_DOMAIN ?? "brightpath-analytics.com";
const ZONE = process.env.DEMO_TIMEZONE ?? "America/Chicago";
const DAY = 86_400_000;
const sales = createSalesClient({ apiUrl: API, token: DEV_TOKEN });
const auth = { authorization: `Bearer ${DEV_TOKEN}`, "content-type": "application/json" };

async function api<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${API}${path}`, { method, headers: auth, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const json = (await res.json()) as T & { error?: string; message?: string };
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${json.error}: ${json.message}`);
  return json;
}

/** Reads the local D1 the dev fleet uses (the dispatcher's state dir). */
function localSql<T>(sql: string): T[] {
  const res = spawnSync(`${ROOT}/node_modules/.bin/wrangler`, ["d1", "execute", "agentic-sales", "--local", "-c", "wrangler.toml", "--json", "--command", sql], { cwd: ROOT, encoding: "utf8" });
  if (res.status !== 0) throw new Error(`wrangler d1 execute failed: ${res.stderr || res.stdout}`);
  return (JSON.parse(res.stdout) as { results: T[] }[])[0]!.results;
}

/** Runs one cron tick at simulated time `at` and waits for the queue consumer to resume every leased thread. */
async function tick(at: number, campaignId: string) {
  const res = await fetch(`${API}/cdn-cgi/local/scheduled?cron=*/5+*+*+*+*&time=${at}&format=json`);
  if (!res.ok) throw new Error(`cron trigger failed: ${res.status} ${await res.text()}`);
  for (let i = 0; i < 60; i++) {
    const leased = localSql<{ n: number }>(`SELECT COUNT(*) AS n FROM campaign_threads WHERE campaign_id = '${campaignId}' AND lease_id IS NOT NULL`)[0]!.n;
    if (leased === 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

try {
  await fetch(`${API}/ok`);
} catch {
  console.error(`No fleet at ${API}. Start it first: npx -y pnpm@10 dev`);
  process.exit(1);
}

const start = Date.parse("2026-11-23T15:00:00Z"); // a Monday, 09:00 in Austin
const log = report();

const discovered = await log.step(`Discover contacts at ${DOMAIN}`, () => sales.run("contact_discovery", { domain: DOMAIN, as_of: new Date(start).toISOString() }), (d) =>
  [`${d.contacts.length} people from ${d.pages.length} pages; email pattern ${d.email_pattern?.pattern ?? "unknown"}; MX ${d.mx ? "ok" : "none"}`, ...d.contacts.map((c) => `  ${c.name} — ${c.title ?? "?"} — ${c.emails[0]?.address ?? "no address"}`)]);

const ranked = await log.step("Find the decision maker (persona: operations and product leadership)", () =>
  sales.run("find_decision_maker", { persona: { departments: ["operations", "product"], title_keywords: ["operations", "product", "COO"] }, contacts: discovered.contacts.map((c) => ({ name: c.name, title: c.title })) }),
  (r) => r.ranked.slice(0, 3).map((c) => `  ${c.score.toFixed(2)}  ${c.name} — ${c.title ?? "?"} (${c.reasons[0]})`));

const enriched = await log.step(`Enrich ${DOMAIN}`, () => sales.run("company_enrich", { domain: DOMAIN, as_of: new Date(start).toISOString() }), (e) =>
  [`${e.name ?? DOMAIN}: ${e.industry?.label ?? "industry unknown"}, HQ "${e.hq_location ?? "?"}", ${e.employee_count ? `${e.employee_count.min}–${e.employee_count.max} people, ` : ""}quality ${e.quality.quality.toFixed(2)} (${e.quality.band})`]);

const country = await log.step("Classify the HQ country", () => sales.run("country_classify", { location: enriched.hq_location ?? "" }), (c) =>
  [`${c.country ?? "unknown"} (confidence ${c.confidence}; ${c.reasons.join("; ")})`]);

const pick = discovered.contacts[ranked.decision_maker?.index ?? ranked.ranked[0]?.index ?? 0]!;
const email = pick.emails[0]?.address;
if (!email) throw new Error(`contact_discovery found no address for ${pick.name}`);

await log.step(`Score ${pick.name}`, () =>
  sales.run("lead_score", {
    lead: { title: pick.title ?? null, industry: enriched.industry?.label ?? null, country: country.country, employee_count: enriched.employee_count?.max ?? null },
    events: [],
    as_of: new Date(start).toISOString(),
  }),
  (s) => [`fit ${s.fit.score.toFixed(2)} (${s.fit.grade}), engagement ${s.engagement.score.toFixed(2)} → tier ${s.tier}: ${s.reasons[0]}`]);

const [first, ...rest] = pick.name.split(" ");
const sender = { name: "Sam Seller", company: "Acme Robotics Software", postal_address: "Acme Robotics Software, 500 Example Ave, Suite 4, Austin, TX 78701, USA", calendar_link: "https://cal.example.com/sam" };
const contact = { first_name: first, ...(rest.length ? { last_name: rest.join(" ") } : {}), ...(pick.title ? { title: pick.title } : {}), email };
const company = { name: enriched.name ?? DOMAIN, domain: DOMAIN, ...(enriched.industry ? { industry: enriched.industry.label } : {}), ...(country.country ? { country: country.country } : {}) };
await log.step("Compose the first touch (email_compose)", () => sales.run("email_compose", { contact, company, sender, step: 0, max_touches: 3 }), (c) =>
  c.action === "compose" && c.draft ? [`Subject: ${c.draft.subject}`, ...c.draft.body.split("\n").map((l) => `  | ${l}`)] : [`skipped: ${c.skip_reason}`]);

const campaign = await log.step("Create a campaign and enroll the contact", async () => {
  const created = await api<{ campaign_id: string }>("POST", "/campaigns", {
    name: `Demo ${new Date().toISOString()}`,
    mailbox: { address: "sam@acme-robotics.example", display_name: "Sam Seller", daily_cap: 50, timezone: ZONE },
    settings: { max_touches: 3, cadence_days: [0, 3, 7], review_threshold: 0 },
    sender,
  });
  const enrolled = await api<{ enrolled: { thread_id: string }[] }>("POST", `/campaigns/${created.campaign_id}/contacts`, {
    contacts: [{ ...contact, company: { domain: DOMAIN, name: company.name, timezone: ZONE } }],
    now: start,
  });
  return { id: created.campaign_id, threadId: enrolled.enrolled[0]!.thread_id };
}, (c) => [`campaign ${c.id}, thread ${c.threadId}`]);

type ThreadRow = { status: string; step: number; wake_at: number | null; stop_reason: string | null };
const threadRow = async () => (await api<{ threads: ThreadRow[] }>("GET", `/campaigns/${campaign.id}/threads`)).threads[0]!;

/** Ticks the cron every 12 simulated hours over [from, to) and reports the thread after each. */
async function advance(from: number, to: number) {
  const lines: string[] = [];
  for (let at = from; at < to; at += DAY / 2) {
    await tick(at, campaign.id);
    const row = await threadRow();
    lines.push(`  ${new Date(at).toISOString().slice(0, 16)}Z  status ${row.status}, touches sent ${row.step}${row.wake_at ? `, next ${new Date(row.wake_at).toISOString().slice(0, 16)}Z` : ""}${row.stop_reason ? ` (${row.stop_reason})` : ""}`);
  }
  return lines;
}

await log.step("Advance simulated time: a cron tick every 12 hours for 5 days", () => advance(start, start + 5 * DAY), (lines) => lines);

type OutboxRow = { to_address: string; subject: string; text_body: string; headers: string; created_at: string };
const outboxRows = () => localSql<OutboxRow>(`SELECT o.to_address, o.subject, o.text_body, o.headers, o.created_at FROM outbox o JOIN send_ledger l ON l.idempotency_key = o.idempotency_key WHERE l.campaign_id = '${campaign.id}' ORDER BY l.step`);
const showOutbox = (rows: OutboxRow[]) =>
  rows.flatMap((m, i) => [`touch ${i + 1} → ${m.to_address}: "${m.subject}"`, ...Object.entries(JSON.parse(m.headers) as Record<string, string>).map(([k, v]) => `    ${k}: ${v}`)]);
const outbox = await log.step("Touches in the outbox so far (each exactly once)", async () => outboxRows(), showOutbox);

const replyTo = (JSON.parse(outbox.at(-1)!.headers) as Record<string, string>)["Reply-To"]!;
await log.step(`${pick.name} replies to ${replyTo}`, async () => {
  const raw = [
    `From: ${pick.name} <${email}>`,
    `To: ${replyTo}`,
    `Subject: Re: ${outbox.at(-1)!.subject}`,
    `Message-ID: <demo-${Date.now()}@${DOMAIN}>`,
    `Date: ${new Date(start + 5 * DAY).toUTCString()}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Hi Sam, thanks for reaching out - this sounds interesting. Could we talk next week? Tuesday afternoon works for me.",
    "",
  ].join("\r\n");
  const res = await fetch(`${API}/cdn-cgi/local/email?from=${encodeURIComponent(email)}&to=${encodeURIComponent(replyTo)}`, { method: "POST", body: raw });
  if (!res.ok) throw new Error(`email trigger failed: ${res.status} ${await res.text()}`);
  return localSql<{ label: string; confidence: number }>(`SELECT label, confidence FROM inbound_messages WHERE thread_id = '${campaign.threadId}' ORDER BY received_at DESC LIMIT 1`)[0];
}, (m) => [m ? `stored on the thread and classified as "${m.label}" (confidence ${m.confidence})` : "not attached to the thread"]);

await log.step("Keep the cron running for 5 more days: the campaign has stopped for that contact", () => advance(start + 5 * DAY, start + 10 * DAY), (lines) => lines);

await log.step("Outbox at the end: no touch after the reply", async () => outboxRows(), showOutbox);

log.done();
