import { beforeEach, describe, expect, it } from "vitest";
import { campaignThreadId } from "../src/campaign/thread-id.ts";
import { call, campaignBody, contact, count, createCampaign, enroll, inbound, makeApp, NOW, resetDb, rows, testEnv } from "./helpers.ts";

const app = makeApp();
const WRITTEN = ["companies", "contacts", "campaign_threads", "threads", "outbox", "send_ledger", "checkpoints"];
const counts = async () => Object.fromEntries(await Promise.all(WRITTEN.map(async (t) => [t, await count(t)] as const)));

describe("POST /campaigns", () => {
  beforeEach(resetDb);

  it("creates a campaign with its mailbox and default settings", async () => {
    const { status, body } = await call(app, "POST", "/campaigns", { ...campaignBody(), settings: { review_threshold: 0.5 } });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      status: "active",
      mailbox: { address: "sam@acme.example", daily_cap: 50, timezone: "UTC" },
      settings: { max_touches: 4, cadence_days: [0, 3, 7, 14], review_threshold: 0.5, send_window: { days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" } },
      sender: { postal_address: "1 Main St, Springfield, 12345" },
    });
    expect(body.campaign_id).toMatch(/^cmp_/);
    expect((await call(app, "GET", `/campaigns/${body.campaign_id}`)).body).toEqual(body);
  });

  it("a second campaign on the same mailbox reuses (and updates) it", async () => {
    await createCampaign(app);
    await call(app, "POST", "/campaigns", { ...campaignBody(), mailbox: { address: "SAM@acme.example", daily_cap: 20 } });
    expect(await rows("SELECT address, daily_cap, display_name FROM mailboxes")).toEqual([{ address: "sam@acme.example", daily_cap: 20, display_name: "Sam Seller" }]);
  });

  it.each([
    { name: "cadence shorter than the touches", patch: { settings: { max_touches: 4, cadence_days: [0, 3] } }, field: "settings.cadence_days" },
    { name: "decreasing cadence", patch: { settings: { max_touches: 2, cadence_days: [3, 1] } }, field: "settings.cadence_days" },
    { name: "inverted send window", patch: { settings: { send_window: { days: [1], start: "17:00", end: "09:00" } } }, field: "settings.send_window.end" },
    { name: "unknown time zone", patch: { mailbox: { address: "a@b.example", timezone: "Mars/Base" } }, field: "mailbox.timezone" },
    { name: "no postal address", patch: { sender: { name: "Sam", company: "Acme" } }, field: "sender.postal_address" },
  ])("422 on $name, naming $field", async ({ patch, field }) => {
    const { status, body } = await call(app, "POST", "/campaigns", { ...campaignBody(), ...patch });
    expect(status).toBe(422);
    expect(body.error).toBe("invalid_input");
    expect(body.message).toContain(field);
    expect(await count("campaigns")).toBe(0);
  });

  it("404 for an unknown campaign", async () => {
    expect((await call(app, "GET", "/campaigns/cmp_nope")).body).toMatchObject({ error: "campaign_not_found" });
  });
});

describe("POST /campaigns/{id}/contacts", () => {
  beforeEach(resetDb);

  it("creates company, contact, thread row and LangGraph thread, and runs the first touch", async () => {
    const campaignId = await createCampaign(app);
    const { status, body } = await enroll(app, campaignId, [contact(1), contact(2, { timezone: undefined, company: { domain: "example2.com", timezone: "Europe/Berlin" } })]);
    expect(status).toBe(200);
    expect(body.enrolled).toHaveLength(2);
    const [a] = body.enrolled;
    expect(a.thread_id).toBe(campaignThreadId(campaignId, a.contact_id));
    expect(a).toMatchObject({ created: true, started: true, email: "person1@example1.com", status: "waiting", step: 1 });
    const [thread] = await rows("SELECT assistant_id, metadata FROM threads WHERE thread_id = ?", a.thread_id);
    expect(thread!.assistant_id).toBe("campaign");
    expect(JSON.parse(thread!.metadata)).toMatchObject({ graph_id: "campaign", campaign_key: `campaign-${campaignId}-${a.contact_id}`, campaign_id: campaignId });
    expect(await rows("SELECT domain, timezone FROM companies ORDER BY domain")).toEqual([
      { domain: "example1.com", timezone: null },
      { domain: "example2.com", timezone: "Europe/Berlin" },
    ]);
    expect(await count("outbox")).toBe(2);
  });

  it("is idempotent: enrolling the same contacts again changes nothing", async () => {
    const campaignId = await createCampaign(app);
    await enroll(app, campaignId, [contact(1), contact(2)]);
    const before = await counts();
    const again = await enroll(app, campaignId, [contact(2), contact(1, { email: "PERSON1@example1.com" })]);
    expect(again.status).toBe(200);
    expect(again.body.enrolled.map((t: any) => [t.created, t.started])).toEqual([[false, false], [false, false]]);
    expect(await counts()).toEqual(before);
  });

  it("an existing contact (from another campaign) keeps its row and id", async () => {
    const first = await createCampaign(app);
    const second = await createCampaign(app);
    const a = (await enroll(app, first, [contact(1)])).body.enrolled[0];
    const b = (await enroll(app, second, [contact(1, { first_name: "Changed" })])).body.enrolled[0];
    expect(b.contact_id).toBe(a.contact_id);
    expect(b.thread_id).not.toBe(a.thread_id);
    expect(await rows("SELECT first_name FROM contacts")).toEqual([{ first_name: "Bo" }]);
  });

  it.each([
    { name: "a malformed contact", contacts: [contact(1), { email: "not-an-email", company: { domain: "x.example" } }], status: 422, error: "invalid_input", mention: "contacts[1].email" },
    { name: "a contact without a company", contacts: [contact(1), { email: "a@b.example" }], status: 422, error: "invalid_input", mention: "contacts[1].company" },
    { name: "an unknown key", contacts: [{ ...contact(1), phone: "555" }], status: 422, error: "invalid_input", mention: "contacts[0]" },
    { name: "a duplicate address", contacts: [contact(1), contact(1, { email: "Person1@example1.com" })], status: 422, error: "invalid_input", mention: "listed twice" },
    { name: "a do-not-contact address", contacts: [contact(1), contact(2, { email: "blocked@example2.com" })], status: 422, error: "do_not_contact", mention: "blocked@example2.com" },
    { name: "a do-not-contact pattern", contacts: [contact(3, { email: "clerk@agency.gov", company: { domain: "agency.gov" } })], status: 422, error: "do_not_contact", mention: "*@*.gov" },
    { name: "a bounced contact", contacts: [contact(1), contact(4)], status: 422, error: "do_not_contact", mention: "contact is bounced" },
  ])("rejects $name and writes nothing", async ({ contacts, status, error, mention }) => {
    const campaignId = await createCampaign(app);
    const ts = new Date(NOW).toISOString();
    await testEnv.DB.batch([
      testEnv.DB.prepare("INSERT INTO do_not_contact (kind, value, reason, source, created_at) VALUES ('address', 'blocked@example2.com', 'asked', 'manual', ?), ('pattern', '*@*.gov', 'policy', 'manual', ?)").bind(ts, ts),
      testEnv.DB.prepare("INSERT INTO contacts (contact_id, email, status, created_at, updated_at) VALUES ('ct_b', 'person4@example4.com', 'bounced', ?, ?)").bind(ts, ts),
    ]);
    const before = await counts();
    const res = await enroll(app, campaignId, contacts);
    expect(res.status).toBe(status);
    expect(res.body.error).toBe(error);
    expect(res.body.message).toContain(mention);
    expect(await counts()).toEqual(before);
  });

  it("404 for an unknown campaign, 409 for a stopped one", async () => {
    expect((await enroll(app, "cmp_nope", [contact(1)])).body.error).toBe("campaign_not_found");
    const campaignId = await createCampaign(app);
    await call(app, "POST", `/campaigns/${campaignId}/stop`, {});
    const res = await enroll(app, campaignId, [contact(1)]);
    expect(res).toMatchObject({ status: 409, body: { error: "campaign_stopped" } });
    expect(await count("contacts")).toBe(0);
  });
});

describe("thread views and lifecycle", () => {
  beforeEach(resetDb);

  it("lists threads with status and next wake, filtered by status", async () => {
    const campaignId = await createCampaign(app);
    const { body } = await enroll(app, campaignId, [contact(1), contact(2)]);
    await inbound(body.enrolled[1].thread_id, "interested", NOW + 1000);
    await call(app, "POST", `/threads/${body.enrolled[1].thread_id}/runs/wait`, { assistant_id: "campaign", command: { resume: { now: NOW + 2000 } } });
    const all = (await call(app, "GET", `/campaigns/${campaignId}/threads`)).body.threads;
    expect(all.map((t: any) => [t.email, t.status, t.step, t.stop_reason])).toEqual([
      ["person1@example1.com", "waiting", 1, null],
      ["person2@example2.com", "stopped", 1, "replied"],
    ]);
    expect(all[0].wake_at).toBeGreaterThan(NOW);
    const waiting = (await call(app, "GET", `/campaigns/${campaignId}/threads?status=waiting`)).body.threads;
    expect(waiting.map((t: any) => t.email)).toEqual(["person1@example1.com"]);
    expect((await call(app, "GET", `/campaigns/${campaignId}/threads?status=sleeping`)).body.error).toBe("invalid_query");
  });

  it("shows a thread's history: ledger, events, inbound", async () => {
    const campaignId = await createCampaign(app);
    const threadId = (await enroll(app, campaignId, [contact(1)])).body.enrolled[0].thread_id;
    await inbound(threadId, "auto_reply", NOW + 1000, "2026-12-01");
    const { status, body } = await call(app, "GET", `/campaigns/${campaignId}/threads/${threadId}`);
    expect(status).toBe(200);
    expect(body.thread).toMatchObject({ thread_id: threadId, status: "waiting", step: 1 });
    expect(body.ledger).toEqual([expect.objectContaining({ step: 0, status: "sent", provider: "outbox" })]);
    expect(body.events).toEqual([expect.objectContaining({ kind: "sent", data: { step: 0, ledger_key: `${threadId}:0` } })]);
    expect(body.inbound).toEqual([expect.objectContaining({ label: "auto_reply", return_date: "2026-12-01" })]);
    expect((await call(app, "GET", `/campaigns/${campaignId}/threads/${crypto.randomUUID()}`)).status).toBe(404);
  });

  it("a stopped campaign cannot be paused or resumed", async () => {
    const campaignId = await createCampaign(app);
    await call(app, "POST", `/campaigns/${campaignId}/stop`, {});
    expect((await call(app, "POST", `/campaigns/${campaignId}/resume`, {})).status).toBe(409);
    expect((await call(app, "GET", `/campaigns/${campaignId}`)).body.status).toBe("stopped");
  });
});
