// The real hop, on the local fleet: a raw reply enters through the
// dispatcher's email() trigger (/cdn-cgi/local/email), is relayed to the
// email worker's /inbound, classified by the REAL inbound_classify on the
// classify worker over the CLASSIFY binding, and stops the thread.
//
// Not part of the email workerd project (it needs `wrangler dev`): it runs in
// the root e2e project (test/vitest.e2e.config.ts, which starts the fleet and
// provides `fleetUrl`) once its include lists this folder and the dispatcher
// relays email() to the email worker.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { DEV_TOKEN } from "../../../../scripts/lib/fleet.ts";
import { replyToken } from "../../src/campaign/reply-token.ts";

const ROOT = path.join(import.meta.dirname, "../../../..");
const secret = () => /^REPLY_TOKEN_SECRET=(.*)$/m.exec(readFileSync(path.join(ROOT, "workers/email/.dev.vars"), "utf8"))![1]!.trim();
const fixture = (name: string) => readFileSync(path.join(ROOT, "test/fixtures/eml", name), "latin1");

async function api(method: "GET" | "POST", route: string, body?: unknown): Promise<any> {
  const res = await fetch(`${inject("fleetUrl")}${route}`, {
    method,
    headers: { authorization: `Bearer ${DEV_TOKEN}`, ...(body ? { "content-type": "application/json" } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  expect(res.status, `${method} ${route}: ${await res.clone().text()}`).toBeLessThan(300);
  return res.json();
}

async function emailTrigger(raw: string, to: string) {
  const url = new URL("/cdn-cgi/local/email", inject("fleetUrl"));
  url.searchParams.set("from", "person1@example1.com");
  url.searchParams.set("to", to);
  return fetch(url, { method: "POST", headers: { "content-type": "message/rfc822" }, body: Buffer.from(raw, "latin1") });
}

async function enrolledThread(n: number) {
  const now = Date.now();
  const campaign = await api("POST", "/campaigns", {
    name: `inbound e2e ${n}`,
    mailbox: { address: `e2e${n}@acme.example`, display_name: "Sam Seller" },
    settings: { max_touches: 3, cadence_days: [0, 3, 7], review_threshold: 0 },
    sender: { name: "Sam Seller", company: "Acme Example", postal_address: "1 Main St, Springfield, 12345" },
  });
  const enrolled = await api("POST", `/campaigns/${campaign.campaign_id}/contacts`, { contacts: [{ email: `person${n}@example${n}.com`, first_name: "Ada", company: { domain: `example${n}.com` } }], now });
  const threadId = enrolled.enrolled[0].thread_id as string;
  return { campaignId: campaign.campaign_id as string, threadId, to: `reply+${await replyToken(threadId, secret())}@replies.localhost` };
}

describe("inbound mail through the fleet, real inbound_classify", () => {
  it("a German out-of-office is read as auto_reply with its return date", async () => {
    const { campaignId, threadId, to } = await enrolledThread(Date.now() % 100_000);
    expect((await emailTrigger(fixture("ooo-de.eml").replaceAll("{{REPLY_TO}}", to), to)).ok).toBe(true);
    const history = await api("GET", `/campaigns/${campaignId}/threads/${threadId}`);
    expect(history.inbound).toHaveLength(1);
    expect(history.inbound[0]).toMatchObject({ label: "auto_reply", return_date: "2026-12-07" });
  });

  it("a human reply is classified by the model stage's fallback or rules and stops the thread", async () => {
    const { campaignId, threadId, to } = await enrolledThread((Date.now() % 100_000) + 1);
    expect((await emailTrigger(fixture("human-reply.eml").replaceAll("{{REPLY_TO}}", to), to)).ok).toBe(true);
    const history = await api("GET", `/campaigns/${campaignId}/threads/${threadId}`);
    expect(history.inbound[0].label).toMatch(/^(interested|info_request|meeting_scheduled|partnership)$/);
    expect(history.thread).toMatchObject({ status: "stopped", stop_reason: "replied" });
  });
});
