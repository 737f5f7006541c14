import type { CampaignSender } from "./settings.ts";
import type { OutgoingMessage } from "./sender.ts";

export interface OutreachMessageInput {
  readonly from: { readonly address: string; readonly name: string | null };
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly sender: CampaignSender;
  /** Full https URL of the one-click unsubscribe endpoint, token included. */
  readonly unsubscribeUrl: string;
  /** `reply+<token>@<reply domain>`. */
  readonly replyTo: string;
  /** The campaign clock at send time (ms). */
  readonly now: number;
}

/**
 * The message as it leaves: the draft plus what every outreach message must
 * carry whatever the draft (or a reviewer's edit) says — the sender's postal
 * address (CAN-SPAM), an opt-out line, RFC 8058 one-click unsubscribe headers
 * and the signed Reply-To that routes answers back to the thread.
 *
 * @example
 * buildOutreachMessage({ from, to: "ada@example.com", subject, body, sender, unsubscribeUrl, replyTo }).headers["List-Unsubscribe-Post"]; // "List-Unsubscribe=One-Click"
 */
export function buildOutreachMessage(m: OutreachMessageInput): OutgoingMessage {
  const body = m.body.trimEnd();
  const footer = [
    ...(body.includes(m.sender.postal_address) ? [] : [`${m.sender.company}, ${m.sender.postal_address}`]),
    `If you'd rather not hear from me again, reply "unsubscribe" or use ${m.unsubscribeUrl}`,
  ];
  return {
    from: m.from,
    to: m.to,
    subject: m.subject.replace(/[\r\n]+/g, " ").trim(),
    text: `${body}\n\n--\n${footer.join("\n")}\n`,
    date: new Date(m.now).toISOString(),
    headers: {
      "Reply-To": m.replyTo,
      // One header line each: a folded List-Unsubscribe can break DKIM (nodemailer#1654).
      "List-Unsubscribe": `<${m.unsubscribeUrl}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
