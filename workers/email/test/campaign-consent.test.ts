// The country consent policy on the campaign path: enrollment reports
// contacts it leaves out, and the guard stops a thread whose recipient's
// country (contact's, else company's) needs a prior consent none recorded —
// the same rule email_compose's safety_gate applies.
import { beforeEach, describe, expect, it } from "vitest";
import { call, contact, count, createCampaign, DAY, enroll, makeApp, NOW, resetDb, resume, rows, testEnv } from "./helpers.ts";

const app = makeApp();
const WRITTEN = ["companies", "contacts", "campaign_threads", "threads", "outbox", "send_ledger", "checkpoints"];
const counts = async () => Object.fromEntries(await Promise.all(WRITTEN.map(async (t) => [t, await count(t)] as const)));
const CONSENT = { source: "webinar sign-up form, opt-in box", given_at: "2026-10-02" };
const iso = (ms: number) => new Date(ms).toISOString();

const outboxTo = async () => (await rows<{ to_address: string }>("SELECT to_address FROM outbox ORDER BY to_address")).map((r) => r.to_address);
const threadList = async (campaignId: string) =>
  (await call(app, "GET", `/campaigns/${campaignId}/threads`)).body.threads.map((t: any) => [t.email, t.status, t.step, t.stop_reason]);

describe("enrollment applies the country consent policy", () => {
  beforeEach(resetDb);

  it("skips a DE contact without consent (reported, nothing written); DE with consent and US are enrolled and sent", async () => {
    const campaignId = await createCampaign(app);
    const { status, body } = await enroll(app, campaignId, [
      contact(1, { country: "DE" }),
      contact(2, { country: "de", prior_consent: CONSENT }),
      contact(3, { country: "US" }),
      // no contact country: the company's applies
      contact(4, { company: { domain: "example4.at", name: "Example 4", country: "AT" } }),
      // the contact's country wins over the company's
      contact(5, { country: "US", company: { domain: "example5.de", country: "DE" } }),
    ]);
    expect(status).toBe(200);
    expect(body.skipped).toEqual([
      { index: 0, email: "person1@example1.com", reason: "country_requires_consent:DE", message: expect.stringContaining("contacts[0].prior_consent") },
      { index: 3, email: "person4@example4.com", reason: "country_requires_consent:AT", message: expect.stringContaining("AT needs a recorded prior consent") },
    ]);
    expect(body.enrolled.map((t: any) => [t.email, t.created, t.status, t.step])).toEqual([
      ["person2@example2.com", true, "waiting", 1],
      ["person3@example3.com", true, "waiting", 1],
      ["person5@example5.com", true, "waiting", 1],
    ]);
    expect(await outboxTo()).toEqual(["person2@example2.com", "person3@example3.com", "person5@example5.com"]);
    // a skipped contact is written nowhere, and its company neither
    expect(await rows("SELECT email FROM contacts WHERE email IN ('person1@example1.com', 'person4@example4.com')")).toEqual([]);
    expect(await rows("SELECT domain FROM companies WHERE domain IN ('example1.com', 'example4.at')")).toEqual([]);
    expect(await rows("SELECT email, country, prior_consent_at, prior_consent_source, prior_consent_given_at FROM contacts ORDER BY email")).toEqual([
      { email: "person2@example2.com", country: "DE", prior_consent_at: iso(NOW), prior_consent_source: CONSENT.source, prior_consent_given_at: "2026-10-02" },
      { email: "person3@example3.com", country: "US", prior_consent_at: null, prior_consent_source: null, prior_consent_given_at: null },
      { email: "person5@example5.com", country: "US", prior_consent_at: null, prior_consent_source: null, prior_consent_given_at: null },
    ]);
    expect(await rows("SELECT domain, country FROM companies WHERE domain = 'example5.de'")).toEqual([{ domain: "example5.de", country: "DE" }]);
    expect((await threadList(campaignId)).map((t: unknown[]) => t[0])).toEqual(["person2@example2.com", "person3@example3.com", "person5@example5.com"]);
  });

  it("a request whose contacts are all skipped writes nothing and says why", async () => {
    const campaignId = await createCampaign(app);
    const before = await counts();
    const { status, body } = await enroll(app, campaignId, [contact(1, { country: "CA" }), contact(2, { company: { domain: "example2.com.au", country: "AU" } })]);
    expect(status).toBe(200);
    expect(body.enrolled).toEqual([]);
    expect(body.skipped.map((s: any) => s.reason)).toEqual(["country_requires_consent:CA", "country_requires_consent:AU"]);
    expect(await counts()).toEqual(before);
  });

  it("is idempotent; a recorded consent is kept (first record) and never withdrawn by leaving it out", async () => {
    const campaignId = await createCampaign(app);
    await enroll(app, campaignId, [contact(1, { country: "DE", prior_consent: CONSENT })]);
    const before = await counts();
    const [stored] = await rows("SELECT prior_consent_at, prior_consent_source, updated_at FROM contacts");
    // again, later, without the consent, then with another one
    const again = await enroll(app, campaignId, [contact(1, { country: "DE" })], NOW + DAY);
    expect(again.body).toMatchObject({ skipped: [], enrolled: [{ email: "person1@example1.com", created: false, started: false }] });
    await enroll(app, campaignId, [contact(1, { country: "DE", prior_consent: { source: "something else" } })], NOW + 2 * DAY);
    expect(await counts()).toEqual(before);
    expect(await rows("SELECT prior_consent_at, prior_consent_source, updated_at FROM contacts")).toEqual([stored]);
  });

  it("a skipped contact enrolled again with its consent is enrolled and sent", async () => {
    const campaignId = await createCampaign(app);
    expect((await enroll(app, campaignId, [contact(1, { country: "DE" })])).body.skipped).toHaveLength(1);
    const { body } = await enroll(app, campaignId, [contact(1, { country: "DE", prior_consent: { source: "replied to our event invitation: yes, send details" } })]);
    expect(body).toMatchObject({ skipped: [], enrolled: [{ created: true, started: true, step: 1 }] });
    expect(await outboxTo()).toEqual(["person1@example1.com"]);
  });

  it("a stored contact: its stored country wins over the given one, a missing one is filled, consent is recorded", async () => {
    const first = await createCampaign(app);
    const second = await createCampaign(app);
    const third = await createCampaign(app);
    await enroll(app, first, [contact(1), contact(2)]);
    // enrichment found person1's company in Germany
    await testEnv.DB.prepare("UPDATE companies SET country = 'DE' WHERE domain = 'example1.com'").run();
    // no contact country stored: the given US fills it, and the contact's country wins over its company's DE
    const a = await enroll(app, second, [contact(1, { country: "US" })]);
    expect(a.body).toMatchObject({ skipped: [], enrolled: [{ email: "person1@example1.com", created: true }] });
    expect(await rows("SELECT country FROM contacts WHERE email = 'person1@example1.com'")).toEqual([{ country: "US" }]);
    // person2 has no country anywhere; a given company country fills the stored company's
    const b = await enroll(app, second, [contact(2, { company: { domain: "example2.com", country: "AT" } })]);
    expect(b.body.skipped).toEqual([expect.objectContaining({ email: "person2@example2.com", reason: "country_requires_consent:AT" })]);
    expect(await rows("SELECT country FROM companies WHERE domain = 'example2.com'")).toEqual([{ country: null }]);
    const c = await enroll(app, third, [contact(2, { company: { domain: "example2.com", country: "AT" }, prior_consent: { source: "signed trade-fair consent form" } })]);
    expect(c.body).toMatchObject({ skipped: [], enrolled: [{ email: "person2@example2.com", created: true }] });
    expect(await rows("SELECT country FROM companies WHERE domain = 'example2.com'")).toEqual([{ country: "AT" }]);
    expect(await rows("SELECT prior_consent_source FROM contacts WHERE email = 'person2@example2.com'")).toEqual([{ prior_consent_source: "signed trade-fair consent form" }]);
    // a stored contact country is not overwritten by a later given one
    await testEnv.DB.prepare("UPDATE contacts SET country = 'DE' WHERE email = 'person1@example1.com'").run();
    const d = await enroll(app, third, [contact(1, { country: "US" })]);
    expect(d.body.skipped).toEqual([expect.objectContaining({ email: "person1@example1.com", reason: "country_requires_consent:DE" })]);
  });

  it.each([
    { name: "consent as a bare boolean", contacts: [contact(1, { prior_consent: true })], mention: "contacts[0].prior_consent" },
    { name: "consent without a source", contacts: [contact(1, { prior_consent: { given_at: "2026-10-02" } })], mention: "contacts[0].prior_consent.source" },
    { name: "an unknown consent key", contacts: [contact(1, { prior_consent: { source: "form", ip: "1.2.3.4" } })], mention: "contacts[0].prior_consent" },
    { name: "a malformed consent date", contacts: [contact(1, { prior_consent: { source: "form", given_at: "last spring" } })], mention: "contacts[0].prior_consent.given_at" },
    { name: "a country name instead of a code", contacts: [contact(1, { country: "Germany" })], mention: "contacts[0].country" },
    { name: "a malformed company country", contacts: [contact(1, { company: { domain: "example1.com", country: "D" } })], mention: "contacts[0].company.country" },
    {
      name: "one company given two countries",
      contacts: [contact(1, { company: { domain: "example.de", country: "DE" } }), contact(2, { company: { domain: "example.de", country: "US" } })],
      mention: 'differs from "DE"',
    },
  ])("422 invalid_input on $name, writing nothing", async ({ contacts, mention }) => {
    const campaignId = await createCampaign(app);
    const before = await counts();
    const res = await enroll(app, campaignId, contacts);
    expect(res.status).toBe(422);
    expect(res.body.error).toBe("invalid_input");
    expect(res.body.message).toContain(mention);
    expect(await counts()).toEqual(before);
  });
});

describe("the campaign guard applies the country consent policy before every touch", () => {
  beforeEach(resetDb);

  it("a DE contact without consent never reaches the outbox; a DE contact with consent does", async () => {
    // the first touch waits a day, so the country learnt meanwhile applies to it
    const campaignId = await createCampaign(app, { cadence_days: [1, 3, 7] });
    const { body } = await enroll(app, campaignId, [contact(1), contact(2, { prior_consent: CONSENT }), contact(3, { country: "US" })]);
    expect(body.skipped).toEqual([]);
    expect(await count("outbox")).toBe(0);
    // enrichment: all three companies are in Germany
    await testEnv.DB.prepare("UPDATE companies SET country = 'DE'").run();
    const [t1, t2, t3] = body.enrolled;
    const out1 = await resume(app, t1.thread_id, { now: NOW + DAY });
    expect(out1).toMatchObject({ status: "stopped", stop_reason: "country_requires_consent:DE" });
    await resume(app, t2.thread_id, { now: NOW + DAY });
    await resume(app, t3.thread_id, { now: NOW + DAY });
    expect(await outboxTo()).toEqual(["person2@example2.com", "person3@example3.com"]);
    expect(await rows("SELECT contact_id FROM send_ledger WHERE thread_id = ?", t1.thread_id)).toEqual([]);
    expect(await threadList(campaignId)).toEqual([
      ["person1@example1.com", "stopped", 0, "country_requires_consent:DE"],
      ["person2@example2.com", "waiting", 1, null],
      ["person3@example3.com", "waiting", 1, null],
    ]);
    const history = (await call(app, "GET", `/campaigns/${campaignId}/threads/${t1.thread_id}`)).body;
    expect(history).toMatchObject({ thread: { status: "stopped", wake_at: null, stop_reason: "country_requires_consent:DE" }, ledger: [], events: [] });
    // the stop is terminal: a late resume sends nothing
    await resume(app, t1.thread_id, { now: NOW + 3 * DAY });
    expect(await rows("SELECT to_address FROM outbox WHERE to_address = 'person1@example1.com'")).toEqual([]);
  });

  it("a country learnt after the first touch stops the thread before the next one", async () => {
    const campaignId = await createCampaign(app);
    const { body } = await enroll(app, campaignId, [contact(1), contact(2, { prior_consent: CONSENT })]);
    expect(await count("outbox")).toBe(2);
    await testEnv.DB.prepare("UPDATE contacts SET country = 'AT'").run();
    const [t1, t2] = body.enrolled;
    expect(await resume(app, t1.thread_id, { now: NOW + 3 * DAY })).toMatchObject({ status: "stopped", step: 1, stop_reason: "country_requires_consent:AT" });
    expect(await resume(app, t2.thread_id, { now: NOW + 3 * DAY })).toMatchObject({ status: "waiting", step: 2 });
    expect(await outboxTo()).toEqual(["person1@example1.com", "person2@example2.com", "person2@example2.com"]);
  });
});

describe("email_compose reads consent recorded at enrollment", () => {
  beforeEach(resetDb);

  it("drafts for a DE contact enrolled with consent, and skips one whose country became DE without consent", async () => {
    const campaignId = await createCampaign(app);
    const { body } = await enroll(app, campaignId, [contact(1, { country: "DE", prior_consent: CONSENT }), contact(2, { country: "US" })]);
    const ids = Object.fromEntries(body.enrolled.map((t: any) => [t.email, t.contact_id]));
    await testEnv.DB.prepare("UPDATE contacts SET country = 'DE' WHERE email = 'person2@example2.com'").run();
    const compose = async (contactId: string) =>
      (await call(app, "POST", "/runs/wait", { assistant_id: "email_compose", input: { contact_id: contactId, campaign_id: campaignId } })).body;
    expect(await compose(ids["person1@example1.com"])).toMatchObject({ action: "compose" });
    expect(await compose(ids["person2@example2.com"])).toMatchObject({ action: "skip", skip_reason: "country_requires_consent:DE" });
  });
});
