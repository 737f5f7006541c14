import { beforeEach, describe, expect, it } from "vitest";
import { call, makeApp, rows, SENDER, testEnv } from "../../../test/helpers.ts";

// email_compose and memory_reflect through the worker's app: the runtime's
// hub (writing the cost ledger) and emailServices' D1 stores (memory,
// contact records, do-not-contact), as production runs them.

const app = makeApp();
const db = testEnv.DB;
const AT = "2026-11-24T00:00:00Z";

describe("email_compose and memory_reflect on the email worker", () => {
  beforeEach(async () => {
    await db.batch(["memory_items", "memory_reflections", "do_not_contact", "cost_ledger", "contacts", "companies"].map((t) => db.prepare(`DELETE FROM ${t}`)));
    await db.batch([
      db.prepare("INSERT INTO companies (company_id, domain, name, created_at, updated_at) VALUES ('co-wire', 'example.com', 'Example Co', ?1, ?1)").bind(AT),
      db.prepare("INSERT INTO contacts (contact_id, company_id, email, first_name, created_at, updated_at) VALUES ('ct-wire', 'co-wire', 'ada@example.com', 'Ada', ?1, ?1)").bind(AT),
    ]);
  });

  it("memory_reflect stores facts once; email_compose then recalls the first-party ones and checks the DNC list", async () => {
    const reflect = { thread_id: "t-wire", message_id: "send-1", direction: "sent", contact_id: "ct-wire", body: "As agreed, I'll follow up in two weeks with the case study." };
    const first = await call(app, "POST", "/runs/wait", { assistant_id: "memory_reflect", input: reflect });
    expect(first).toMatchObject({ status: 200, body: { status: "written", written: 1 } });
    expect((await call(app, "POST", "/runs/wait", { assistant_id: "memory_reflect", input: reflect })).body).toMatchObject({ status: "duplicate" });
    await db.prepare("INSERT INTO memory_items (id, contact_id, kind, fact, source, created_at) VALUES ('m-in', 'ct-wire', 'timing', 'Budget opens in Q3.', 'inbound_unverified', '2026-11-24T00:00:00Z')").run();

    // Contact and company from D1; memory by the contact id, first-party only (no human review).
    const { status, body } = await call(app, "POST", "/runs/wait", { assistant_id: "email_compose", input: { contact_id: "ct-wire", sender: SENDER } });
    expect(status).toBe(200);
    // The DNC store is wired, so the list was checked (no `dnc_unchecked`).
    expect(body).toMatchObject({ action: "compose", flags: [], refined: true, memory_used: 1, prompt_version: "compose-v1" });
    expect(body.draft.body).toMatch(/^Hi Ada,/);
    const ledger = await rows<{ graph: string; node: string }>("SELECT graph, node FROM cost_ledger ORDER BY graph, node");
    expect(ledger).toEqual([{ graph: "email_compose", node: "refine" }, { graph: "email_outreach", node: "compose" }, { graph: "memory_reflect", node: "distil" }]);
  });

  it("email_compose skips a contact on the do-not-contact list, before any model call", async () => {
    await db.prepare("INSERT INTO do_not_contact (kind, value, reason, source, created_at) VALUES ('address', 'ada@example.com', 'test', 'manual', '2026-11-24T00:00:00Z')").run();
    expect((await call(app, "POST", "/runs/wait", { assistant_id: "email_compose", input: { contact_id: "ct-wire", sender: SENDER } })).body).toMatchObject({ action: "skip", skip_reason: "do_not_contact:address" });
    expect(await rows("SELECT * FROM cost_ledger")).toEqual([]);
  });
});
