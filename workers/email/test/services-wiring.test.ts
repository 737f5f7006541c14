import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import type { EmailEnv } from "../src/env.ts";
import { call, contact, count, createCampaign, makeApp, NOW, resetDb, SENDER, testEnv } from "./helpers.ts";

const app = makeApp();

/** Enrolls one contact with a modified env (the first run happens inside the request). */
async function enrollWith(env: EmailEnv) {
  const campaignId = await createCampaign(app);
  const ctx = createExecutionContext();
  const res = await app.fetch(
    new Request(`https://email.test/campaigns/${campaignId}/contacts`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ contacts: [contact(1)], now: NOW }) }),
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return ((await res.json()) as any).enrolled[0];
}

describe("services factory", () => {
  beforeEach(resetDb);

  it("email_outreach runs statelessly on the gateway hub, which writes the cost ledger", async () => {
    const before = await count("cost_ledger");
    const input = { contact: { first_name: "Ada", email: "ada@example.com" }, company: { name: "Example Co", domain: "example.com" }, sender: SENDER, step: 0, max_touches: 3 };
    const { status, body } = await call(app, "POST", "/runs/wait", { assistant_id: "email_outreach", input });
    expect(status).toBe(200);
    expect(body).toMatchObject({ cta: "soft_question", provider: "offline", prompt_version: "outreach-v1", flags: [] });
    expect(await count("cost_ledger")).toBe(before + 1);
    const [row] = (await testEnv.DB.prepare("SELECT graph, node, prompt_version, feature FROM cost_ledger").all()).results;
    expect(row).toEqual({ graph: "email_outreach", node: "compose", prompt_version: "outreach-v1", feature: "outreach" });
  });

  it("without REPLY_TOKEN_SECRET the send fails closed, before anything is reserved", async () => {
    const thread = await enrollWith({ ...testEnv, REPLY_TOKEN_SECRET: undefined });
    expect(thread.run_error).toMatch(/REPLY_TOKEN_SECRET/);
    expect(await count("send_ledger")).toBe(0);
    expect(await count("outbox")).toBe(0);
  });

  it("a non-https unsubscribe base (outside localhost) fails closed", async () => {
    const thread = await enrollWith({ ...testEnv, PUBLIC_BASE_URL: "http://app.example.com" });
    expect(thread.run_error).toMatch(/PUBLIC_BASE_URL must be an https URL/);
    expect(await count("outbox")).toBe(0);
  });

  it("the configured base URL and reply domain reach the headers", async () => {
    await enrollWith({ ...testEnv, PUBLIC_BASE_URL: "https://app.example.com/", REPLY_DOMAIN: "replies.example.com" });
    const headers = JSON.parse((await testEnv.DB.prepare("SELECT headers FROM outbox").first<{ headers: string }>())!.headers);
    expect(headers["List-Unsubscribe"]).toMatch(/^<https:\/\/app\.example\.com\/unsubscribe\?token=/);
    expect(headers["Reply-To"]).toMatch(/@replies\.example\.com$/);
  });
});
