// Shared by the email worker's workerd tests: the app under test, HTTP calls
// through it, fixed-id seeding and table reads. Clock: simulated (`now` ms).
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import type { ResumeMessage } from "@agentic-sales/shared/campaign";
import { emailApp } from "../src/app.ts";
import type { EmailEnv } from "../src/env.ts";
import { resumeConsumer } from "../src/resume-consumer.ts";
import type { EmailServicesOptions } from "../src/services.ts";

/** The test env: the vitest project binds DB and REPLY_TOKEN_SECRET. */
export const testEnv = env as unknown as EmailEnv;
export type App = ReturnType<typeof emailApp>;

/** Tuesday 2026-11-24 15:00 UTC: 10:00 in New York, 16:00 in Berlin. */
export const NOW = Date.parse("2026-11-24T15:00:00Z");
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const SENDER = { name: "Sam Seller", company: "Acme Example", postal_address: "1 Main St, Springfield, 12345", calendar_link: "https://cal.example.com/sam" };

export const makeApp = (options: EmailServicesOptions = {}): App => emailApp(options);

/** One request through the app, waiting for its `waitUntil` work. */
export async function call(app: App, method: "GET" | "POST", path: string, json?: unknown): Promise<{ status: number; body: any }> {
  const ctx = createExecutionContext();
  const init: RequestInit = json === undefined ? { method } : { method, headers: { "content-type": "application/json" }, body: JSON.stringify(json) };
  const res = await app.fetch(new Request(`https://email.test${path}`, init), testEnv, ctx);
  await waitOnExecutionContext(ctx);
  return { status: res.status, body: await res.json() };
}

/** Resumes a campaign thread the way the consumer and reviewers do. */
export const resume = (app: App, threadId: string, value: unknown) =>
  call(app, "POST", `/threads/${threadId}/runs/wait`, { assistant_id: "campaign", command: { resume: value } }).then((r) => r.body);

export interface CampaignOptions {
  max_touches?: number;
  cadence_days?: number[];
  review_threshold?: number;
  send_window?: { days: number[]; start: string; end: string };
  daily_cap?: number;
  mailbox_timezone?: string;
}

export const campaignBody = (o: CampaignOptions = {}) => ({
  name: "Q4 logistics",
  mailbox: { address: "sam@acme.example", display_name: "Sam Seller", daily_cap: o.daily_cap ?? 50, timezone: o.mailbox_timezone ?? "UTC" },
  settings: {
    max_touches: o.max_touches ?? 3,
    cadence_days: o.cadence_days ?? [0, 3, 7],
    review_threshold: o.review_threshold ?? 0,
    ...(o.send_window ? { send_window: o.send_window } : {}),
  },
  sender: SENDER,
});

export async function createCampaign(app: App, o: CampaignOptions = {}): Promise<string> {
  const { status, body } = await call(app, "POST", "/campaigns", campaignBody(o));
  if (status !== 201) throw new Error(`createCampaign: ${status} ${JSON.stringify(body)}`);
  return body.campaign_id as string;
}

/** A contact in New York at a logistics company, unless overridden. */
export const contact = (n: number, o: Record<string, unknown> = {}) => ({
  email: `person${n}@example${n}.com`,
  first_name: ["Ada", "Bo", "Cy", "Di", "Ed"][n % 5],
  title: "Head of Operations",
  timezone: "America/New_York",
  company: { domain: `example${n}.com`, name: `Example ${n} Logistics` },
  ...o,
});

export async function enroll(app: App, campaignId: string, contacts: unknown[], now = NOW) {
  return call(app, "POST", `/campaigns/${campaignId}/contacts`, { contacts, now });
}

export async function rows<T = Record<string, any>>(sql: string, ...params: unknown[]): Promise<T[]> {
  return (await testEnv.DB.prepare(sql).bind(...params).all<T>()).results;
}

export async function count(table: string): Promise<number> {
  return (await testEnv.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>())!.n;
}

const TABLES = [
  "outbox", "send_ledger", "outcome_events", "inbound_messages", "campaign_threads", "contacts", "companies",
  "campaigns", "mailboxes", "do_not_contact", "threads", "checkpoint_writes", "checkpoint_blobs", "checkpoints",
];

/** Empties every table the campaign engine touches (the test file's D1 is shared by its tests). */
export async function resetDb(): Promise<void> {
  await testEnv.DB.batch(TABLES.map((t) => testEnv.DB.prepare(`DELETE FROM ${t}`)));
}

/** An inbound message on a thread, as the (future) inbound handler would store it. */
export async function inbound(threadId: string, label: string | null, at: number, returnDate: string | null = null): Promise<void> {
  await testEnv.DB.prepare(
    "INSERT INTO inbound_messages (message_id, thread_id, from_address, subject, text_body, label, return_date, received_at) VALUES (?, ?, 'x@example.com', 'Re: hi', '…', ?, ?, ?)",
  )
    .bind(`<${crypto.randomUUID()}@example.com>`, threadId, label, returnDate, new Date(at).toISOString())
    .run();
}

/** Delivers messages to the queue handler; returns which were acked and retried. */
export async function deliver(app: App, messages: ResumeMessage[] | unknown[], e: EmailEnv = testEnv) {
  const acked: string[] = [];
  const retried: string[] = [];
  const batch = {
    queue: "campaign-resume",
    messages: messages.map((body, i) => ({
      id: `m${i}`,
      timestamp: new Date(),
      attempts: 1,
      body,
      ack: () => acked.push(`m${i}`),
      retry: () => retried.push(`m${i}`),
    })),
    ackAll: () => undefined,
    retryAll: () => undefined,
  } as unknown as MessageBatch<unknown>;
  const ctx = createExecutionContext();
  await resumeConsumer(() => app.fetch)(batch, e, ctx);
  await waitOnExecutionContext(ctx);
  return { acked, retried };
}
