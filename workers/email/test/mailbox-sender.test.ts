import { beforeEach, describe, expect, it } from "vitest";
import { mailboxSender } from "../src/senders/mailbox-sender.ts";
import { isSendFailure } from "../src/senders/send-failure.ts";
import { transactionalSender } from "../src/senders/transactional-sender.ts";
import { envWithProviders } from "./env-call.ts";
import { NOW, resetDb, rows, testEnv } from "./helpers.ts";
import { fakeOrigin, fakeRequestsFor, uniqueMessage } from "./mail-fakes.ts";

const TS = new Date(NOW).toISOString();
const MAILBOXES = { outbox: "out@acme.example", gmail: "gm@acme.example", microsoft: "ms@acme.example" } as const;

async function seed() {
  await testEnv.DB.batch(
    Object.entries(MAILBOXES).map(([provider, address]) =>
      testEnv.DB.prepare("INSERT INTO mailboxes (mailbox_id, address, provider, created_at) VALUES (?, ?, ?, ?)").bind(`mb_${provider}`, address, provider, TS),
    ),
  );
}

const reserve = (key: string) =>
  testEnv.DB.prepare("INSERT INTO send_ledger (campaign_id, contact_id, step, thread_id, mailbox_id, idempotency_key, status, created_at) VALUES ('c', ?, 0, 't', 'mb', ?, 'reserved', ?)")
    .bind(key, key, TS)
    .run();
const ledgerStatus = async (key: string) => (await rows<{ status: string }>("SELECT status FROM send_ledger WHERE idempotency_key = ?", key))[0]?.status ?? "released";

const from = (provider: keyof typeof MAILBOXES) => ({ address: MAILBOXES[provider], name: "Sam" });

describe("mailboxSender: the mailbox row chooses the provider", () => {
  beforeEach(async () => {
    await resetDb();
    await seed();
  });

  it.each([
    ["gmail", "gmail", "/gmail/v1/users/me/messages/send"],
    ["microsoft", "microsoft", "/v1.0/me/sendMail"],
  ] as const)("a %s mailbox sends through %s", async (provider, receiptProvider, path) => {
    const message = uniqueMessage({ from: from(provider) });
    const receipt = await mailboxSender(envWithProviders(fakeOrigin(), { GMAIL_ACCESS_TOKEN: "ya29.ok", GRAPH_ACCESS_TOKEN: "eyJ.ok" })).send(message, `k-${provider}`);
    expect(receipt.provider).toBe(receiptProvider);
    expect((await fakeRequestsFor(message.to)).map((r) => [r.path, r.status])).toEqual([[path, provider === "gmail" ? 200 : 202]]);
  });

  it("an outbox mailbox lands in the outbox table, whatever tokens exist", async () => {
    const message = uniqueMessage({ from: from("outbox") });
    const receipt = await mailboxSender(envWithProviders(fakeOrigin(), { GMAIL_ACCESS_TOKEN: "ya29.ok" })).send(message, "k-out");
    expect(receipt.provider).toBe("outbox");
    expect(await rows("SELECT to_address FROM outbox WHERE idempotency_key = 'k-out'")).toEqual([{ to_address: message.to }]);
    expect(await fakeRequestsFor(message.to)).toEqual([]);
  });

  it("is idempotent only while no real provider is configured", () => {
    expect(mailboxSender(testEnv).idempotent).toBe(true);
    expect(mailboxSender({ ...testEnv, GMAIL_ACCESS_TOKEN: "t" }).idempotent).toBe(false);
    expect(mailboxSender({ ...testEnv, GRAPH_ACCESS_TOKEN: "t" }).idempotent).toBe(false);
  });

  it.each([
    // nothing was called: the reservation goes, the next run sends afresh
    ["no token for the mailbox's provider", "not_configured", "released", {}],
    ["a refused token (401)", "rejected", "released", { GMAIL_ACCESS_TOKEN: "expired" }],
    ["throttling (429)", "rejected", "released", { GMAIL_ACCESS_TOKEN: "throttled" }],
    // the mail may have left: the reservation stays, the ledger will not resend
    ["a provider 500", "unknown", "reserved", { GMAIL_ACCESS_TOKEN: "broken" }],
  ] as const)("%s → %s, reservation %s", async (_, kind, after, tokens) => {
    await reserve("k-fail");
    const e = await mailboxSender(envWithProviders(fakeOrigin(), tokens)).send(uniqueMessage({ from: from("gmail") }), "k-fail").catch((err: unknown) => err);
    expect(isSendFailure(e) && e.kind).toBe(kind);
    expect(await ledgerStatus("k-fail")).toBe(after);
  });

  it("a From without a mailbox row is refused before any call", async () => {
    const e = await mailboxSender(testEnv).send(uniqueMessage({ from: { address: "stranger@acme.example", name: null } }), "k-x").catch((err: unknown) => err);
    expect(isSendFailure(e) && [e.kind, e.code]).toEqual(["not_configured", "no_mailbox"]);
  });
});

describe("transactionalSender: notices to the user, never outreach", () => {
  beforeEach(resetDb);

  it("uses Resend when RESEND_API_KEY is set", async () => {
    const message = uniqueMessage();
    expect((await transactionalSender(envWithProviders(fakeOrigin(), { RESEND_API_KEY: "re_ok" })).send(message, "n-1")).provider).toBe("resend");
    expect((await fakeRequestsFor(message.to))[0]).toMatchObject({ path: "/emails", idempotencyKey: "n-1", status: 200 });
  });

  it("falls back to the outbox table without a key", async () => {
    const sender = transactionalSender(testEnv);
    expect([sender.name, sender.idempotent]).toEqual(["outbox", true]);
  });
});
