import type { InboundLabel } from "../outcomes/polarity.ts";

/** The outcome event an inbound message records on its thread. */
export interface InboundOutcome {
  readonly kind: "replied" | "bounced" | "unsubscribed" | "out_of_office";
  readonly label: InboundLabel;
  /** What the contact suffers beyond the thread: a full opt-out, or the bounced flag. */
  readonly contact: "opt_out" | "flag_bounced" | null;
  /** Extra event data (the out-of-office return date). */
  readonly data: Readonly<Record<string, string>>;
}

/**
 * The outcome of a classified message on a matched thread, or null when it
 * records none: an auto-reply without a return date and spam are not a
 * person answering (they never stop a sequence, see `replySignalOf`), and an
 * unclassified message has no known outcome (its inbound row alone stops the
 * thread, as an unlabelled reply). Human intents are `replied` with the label.
 *
 * @example
 * inboundOutcomeOf("auto_reply", "2026-12-03"); // { kind: "out_of_office", label: "auto_reply", contact: null, data: { return_date: "2026-12-03" } }
 * inboundOutcomeOf("spam", null);              // null
 */
export function inboundOutcomeOf(label: InboundLabel | null, returnDate: string | null): InboundOutcome | null {
  switch (label) {
    case null:
    case "spam":
      return null;
    case "bounced":
      return { kind: "bounced", label, contact: "flag_bounced", data: {} };
    case "unsubscribe":
      return { kind: "unsubscribed", label, contact: "opt_out", data: {} };
    case "auto_reply":
      return returnDate ? { kind: "out_of_office", label, contact: null, data: { return_date: returnDate } } : null;
    default:
      return { kind: "replied", label, contact: null, data: {} };
  }
}
