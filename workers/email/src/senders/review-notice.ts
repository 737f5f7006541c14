import type { OutgoingMessage } from "../campaign/sender.ts";

export interface ReviewNoticeInput {
  /** `NOTICE_FROM`: `Name <addr>` or a bare address on a domain verified with Resend. */
  readonly noticeFrom: string;
  /** The mailbox owner: the person who reviews. */
  readonly to: string;
  readonly campaignName: string;
  readonly contactEmail: string;
  readonly threadId: string;
  /** 0-based touch number of the draft. */
  readonly step: number;
  readonly draftSubject: string;
  readonly flags: readonly string[];
  /** Where the decision is made (the campaign thread's page or API URL). */
  readonly reviewUrl: string;
  /** Clock of the run (ms). */
  readonly now: number;
}

const NAMED = /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/;
const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ").trim();

/**
 * The "a draft waits for your review" notice, a transactional message to the
 * user (sent with `transactionalSender`, keyed `review:<thread>:<step>` so it
 * goes once per draft). `Auto-Submitted: auto-generated` (RFC 3834) keeps
 * vacation responders from answering it.
 *
 * @example
 * reviewNotice({ noticeFrom: "Acme <notices@acme.example>", to: "sam@acme.example", campaignName: "Q4", contactEmail: "ada@example.com", threadId, step: 0, draftSubject: "Quick question", flags: ["low_confidence"], reviewUrl, now }).subject;
 * // "Review needed: touch 1 to ada@example.com (Q4)"
 */
export function reviewNotice(i: ReviewNoticeInput): OutgoingMessage {
  const named = NAMED.exec(i.noticeFrom);
  const from = named ? { address: named[2]!, name: named[1] || null } : { address: i.noticeFrom.trim(), name: null };
  const flags = i.flags.length ? i.flags.join(", ") : "none (every draft is reviewed)";
  return {
    from,
    to: i.to,
    subject: oneLine(`Review needed: touch ${i.step + 1} to ${i.contactEmail} (${i.campaignName})`),
    text: [
      `A draft for ${i.contactEmail} waits for your decision before it is sent.`,
      "",
      `Campaign: ${oneLine(i.campaignName)}`,
      `Touch: ${i.step + 1}`,
      `Subject: ${oneLine(i.draftSubject)}`,
      `Why it was held: ${flags}`,
      "",
      `Approve, edit or reject it here: ${i.reviewUrl}`,
      `Thread: ${i.threadId}`,
      "",
    ].join("\n"),
    date: new Date(i.now).toISOString(),
    headers: { "Auto-Submitted": "auto-generated" },
  };
}
