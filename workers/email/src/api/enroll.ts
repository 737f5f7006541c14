import { ApiError } from "@agentic-sales/shared/http";
import { ThreadStore } from "@agentic-sales/shared/threads";
import type { EmailEnv } from "../env.ts";
import { DncStore } from "../stores/dnc-store.ts";
import type { EnrollBody } from "./api-schemas.ts";
import { campaignOr404, threadsById, type ThreadView } from "./campaign-reads.ts";
import { companyCountryConflicts, consentSkips, duplicates, planEnrollment, suppressed, type EnrollPlan, type EnrollSkip, type ExistingRows } from "./enroll-plan.ts";
import { internalFetch, runCampaignThread, type AppFetch } from "./internal-run.ts";
import {
  COMPANIES_BY_DOMAIN,
  CONTACTS_BY_EMAIL,
  FILL_COMPANY_COUNTRY,
  FILL_CONTACT_COUNTRY,
  INSERT_CAMPAIGN_THREAD,
  INSERT_COMPANY,
  INSERT_CONTACT,
  RECORD_PRIOR_CONSENT,
} from "./sql.ts";

/** The cron leaves a new thread alone this long: its first run is the enroll request's. */
export const FIRST_RUN_GRACE_MS = 10 * 60_000;

export interface EnrolledThread extends ThreadView {
  /** This request created the thread. */
  readonly created: boolean;
  /** This request ran its first run. */
  readonly started: boolean;
  /** Why the first run failed (the cron retries it after the grace), else null. */
  readonly run_error: string | null;
}

interface ContactRow {
  contact_id: string;
  email: string;
  status: string;
  country: string | null;
  prior_consent_at: string | null;
  company_id: string | null;
  company_domain: string | null;
  company_country: string | null;
}

async function existingRows(db: D1Database, body: EnrollBody): Promise<ExistingRows> {
  const [contacts, companies] = await db.batch<Record<string, unknown>>([
    db.prepare(CONTACTS_BY_EMAIL).bind(JSON.stringify(body.contacts.map((c) => c.email))),
    db.prepare(COMPANIES_BY_DOMAIN).bind(JSON.stringify([...new Set(body.contacts.map((c) => c.company.domain))])),
  ]);
  const contactRows = (contacts?.results ?? []) as unknown as ContactRow[];
  const companyRows = (companies?.results ?? []) as unknown as { company_id: string; domain: string; country: string | null }[];
  const byDomain = new Map(companyRows.map((r) => [r.domain, { company_id: r.company_id, country: r.country }]));
  // Stored contacts' own companies too: the consent policy reads their country.
  for (const r of contactRows) {
    if (r.company_id && r.company_domain && !byDomain.has(r.company_domain)) byDomain.set(r.company_domain, { company_id: r.company_id, country: r.company_country });
  }
  return {
    contacts: new Map(
      contactRows.map((r) => [r.email, { contact_id: r.contact_id, status: r.status, country: r.country, prior_consent_at: r.prior_consent_at, company_domain: r.company_id ? r.company_domain : null }]),
    ),
    companies: byDomain,
  };
}

/** One batch: D1 runs it as a transaction, so a failing statement writes nothing. Returns which threads were new. */
async function writePlan(db: D1Database, campaignId: string, plan: EnrollPlan, now: number): Promise<boolean[]> {
  const ts = new Date(now).toISOString();
  const statements = [
    ...plan.companies.map((co) => db.prepare(INSERT_COMPANY).bind(co.companyId, co.domain, co.name, co.timezone, ts)),
    ...plan.contacts.map(({ contactId, companyId, c }) =>
      db.prepare(INSERT_CONTACT).bind(contactId, companyId, c.email, c.first_name ?? null, c.last_name ?? null, c.title ?? null, c.timezone ?? null, ts),
    ),
    ...plan.companyCountries.map((f) => db.prepare(FILL_COMPANY_COUNTRY).bind(f.domain, f.country, ts)),
    ...plan.contactFacts.flatMap((f) => [
      ...(f.country ? [db.prepare(FILL_CONTACT_COUNTRY).bind(f.email, f.country, ts)] : []),
      ...(f.consent ? [db.prepare(RECORD_PRIOR_CONSENT).bind(f.email, f.consent.source, f.consent.given_at ?? null, ts)] : []),
    ]),
    // Last: the results' tail tells which threads are new.
    ...plan.threads.map((t) => db.prepare(INSERT_CAMPAIGN_THREAD).bind(t.threadId, campaignId, t.contactId, now + FIRST_RUN_GRACE_MS, ts)),
  ];
  const results = await db.batch(statements);
  return results.slice(-plan.threads.length).map((r) => r.meta.changes === 1);
}

/** Whether the LangGraph thread has run at all (a first run lost to a crash leaves no checkpoint). */
async function hasRun(fetch: AppFetch, env: EmailEnv, ctx: ExecutionContext, threadId: string): Promise<boolean> {
  const state = await internalFetch(fetch, env, ctx, "GET", `/threads/${threadId}/state`);
  return state.ok && state.body.checkpoint !== null && state.body.checkpoint !== undefined;
}

/**
 * `POST /campaigns/{id}/contacts`. Everything is validated first (campaign,
 * body, duplicates, conflicting company countries, do-not-contact, suppressed
 * contacts) so bad input writes nothing. Contacts the country consent policy
 * leaves out (a country needing prior consent, none recorded or given) are
 * reported in `skipped` with the guard's stop reason and written nowhere; the
 * others are enrolled: one batch creates companies, contacts and thread rows
 * and fills missing countries and consents (idempotent: enrolling twice
 * changes nothing), the LangGraph threads are created, and each new thread's
 * first run sends or schedules its first touch.
 *
 * @example
 * const enrolled = await enroll({ db: env.DB, fetch: app.fetch, env, ctx }, "cmp_…", body, Date.now());
 */
export async function enroll(
  io: { db: D1Database; fetch: AppFetch; env: EmailEnv; ctx: ExecutionContext },
  campaignId: string,
  body: EnrollBody,
  now: number,
): Promise<{ campaign_id: string; enrolled: EnrolledThread[]; skipped: EnrollSkip[] }> {
  const { db } = io;
  const campaign = await campaignOr404(db, campaignId);
  if (campaign.status === "stopped") throw new ApiError(409, "campaign_stopped", `Campaign "${campaignId}" is stopped; it takes no new contacts.`);
  const twice = duplicates(body.contacts);
  if (twice.length > 0) throw new ApiError(422, "invalid_input", `contacts[${twice[0]!.index}].email "${twice[0]!.email}" is listed twice.`, { contacts: twice });
  const conflicts = companyCountryConflicts(body.contacts);
  if (conflicts.length > 0) throw new ApiError(422, "invalid_input", `contacts[${conflicts[0]!.index}]: ${conflicts[0]!.reason}; nothing was enrolled.`, { contacts: conflicts });
  const [dnc, existing] = await Promise.all([new DncStore(db).matchAll(body.contacts.map((c) => c.email)), existingRows(db, body)]);
  const blocked = suppressed(body.contacts, dnc, existing);
  if (blocked.length > 0) {
    const first = blocked[0]!;
    throw new ApiError(422, "do_not_contact", `contacts[${first.index}] "${first.email}" may not be contacted (${first.reason}); nothing was enrolled.`, { contacts: blocked });
  }

  const skipped = consentSkips(body.contacts, existing);
  const skippedAt = new Set(skipped.map((k) => k.index));
  const enrolling = body.contacts.filter((_, i) => !skippedAt.has(i));
  if (enrolling.length === 0) return { campaign_id: campaignId, enrolled: [], skipped };

  const plan = planEnrollment(campaignId, enrolling, existing, body.contacts);
  const created = await writePlan(db, campaignId, plan, now);
  const threads = new ThreadStore(db);
  const outcomes = new Map<string, { started: boolean; run_error: string | null }>();
  for (const [i, t] of plan.threads.entries()) {
    await threads.create(t.threadId, "campaign", { graph_id: "campaign", campaign_key: t.key, campaign_id: campaignId, contact_id: t.contactId }, new Date(now));
    const start = created[i] || !(await hasRun(io.fetch, io.env, io.ctx, t.threadId));
    if (!start) {
      outcomes.set(t.threadId, { started: false, run_error: null });
      continue;
    }
    const run = await runCampaignThread(io.fetch, io.env, io.ctx, t.threadId, { input: { campaign_id: campaignId, contact_id: t.contactId, now } });
    outcomes.set(t.threadId, { started: true, run_error: run.error });
  }
  const isNew = new Map(plan.threads.map((t, i) => [t.threadId, created[i] ?? false]));
  const rows = await threadsById(db, plan.threads.map((t) => t.threadId));
  return {
    campaign_id: campaignId,
    enrolled: rows.map((row) => ({ ...row, created: isNew.get(row.thread_id) ?? false, ...(outcomes.get(row.thread_id) ?? { started: false, run_error: null }) })),
    skipped,
  };
}
