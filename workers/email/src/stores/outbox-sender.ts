import type { OutgoingMessage, SendReceipt, Sender } from "../campaign/sender.ts";
import { INSERT_OUTBOX } from "./sql.ts";

/**
 * The local default sender: messages land in the `outbox` table, keyed by
 * the idempotency key, so sending the same touch twice leaves one row —
 * which is what makes it `idempotent` for the send ledger. The Message-ID is
 * derived from the key, so a repeat reports the same one.
 *
 * @example
 * const sender = outboxSender(env.DB);
 * await sender.send(message, "3f0c…:0"); // { provider: "outbox", providerMessageId: "3f0c…:0", messageId: "<3f0c….0@acme.example>" }
 */
export function outboxSender(db: D1Database): Sender {
  return {
    name: "outbox",
    idempotent: true,
    async send(message: OutgoingMessage, idempotencyKey: string): Promise<SendReceipt> {
      const domain = message.from.address.split("@")[1] ?? "localhost";
      await db
        .prepare(INSERT_OUTBOX)
        .bind(idempotencyKey, message.from.address, message.to, message.subject, message.text, JSON.stringify(message.headers), message.date)
        .run();
      return { provider: "outbox", providerMessageId: idempotencyKey, messageId: `<${idempotencyKey.replace(/:/g, ".")}@${domain}>` };
    },
  };
}
