/** A row of `outcome_events` as the campaign reads it. */
export interface OutcomeEventRow {
  readonly kind: string;
  readonly label: string | null;
  readonly data: string | null;
}

/** A row of `inbound_messages` as the campaign reads it. */
export interface InboundRow {
  readonly label: string | null;
  readonly return_date: string | null;
}

/** What came back on a thread, strongest first. */
export type ReplySignal =
  | { readonly kind: "unsubscribed" }
  | { readonly kind: "bounced" }
  | { readonly kind: "replied"; readonly label: string | null }
  | { readonly kind: "out_of_office"; readonly return_date: string }
  | { readonly kind: "none" };

/** Inbound labels that are not a person answering: auto-replies and spam do not stop a sequence. */
const NOT_A_REPLY = new Set(["auto_reply", "out_of_office", "spam"]);

const returnDateOf = (data: string | null): string | null => {
  try {
    const parsed = data ? (JSON.parse(data) as { return_date?: unknown }) : {};
    return typeof parsed.return_date === "string" ? parsed.return_date : null;
  } catch {
    return null;
  }
};

/**
 * Folds a thread's outcome events and inbound messages into the one signal
 * that decides its fate. Precedence: unsubscribe > bounce > reply >
 * out-of-office (latest return date) > none, so an OOO that arrives after a
 * real reply never reopens the thread. An inbound message with no label yet
 * counts as a reply: stopping early is cheaper than writing to someone who
 * answered. An auto-reply without a return date is neutral.
 *
 * @example
 * replySignalOf([], [{ label: "auto_reply", return_date: "2026-12-01" }]); // { kind: "out_of_office", return_date: "2026-12-01" }
 * replySignalOf([{ kind: "bounced", label: null, data: null }], [{ label: "interested", return_date: null }]); // { kind: "bounced" }
 */
export function replySignalOf(events: readonly OutcomeEventRow[], inbound: readonly InboundRow[]): ReplySignal {
  let unsubscribed = false;
  let bounced = false;
  let replied: { label: string | null } | null = null;
  let returnDate: string | null = null;
  const ooo = (date: string | null) => {
    if (date && (!returnDate || date > returnDate)) returnDate = date;
  };

  for (const e of events) {
    if (e.kind === "unsubscribed") unsubscribed = true;
    else if (e.kind === "bounced") bounced = true;
    else if (e.kind === "replied" || e.kind === "meeting_booked") replied ??= { label: e.label ?? e.kind };
    else if (e.kind === "out_of_office") ooo(returnDateOf(e.data));
  }
  for (const m of inbound) {
    if (m.label === "unsubscribe") unsubscribed = true;
    else if (m.label === "bounced") bounced = true;
    else if (m.label !== null && NOT_A_REPLY.has(m.label)) ooo(m.label === "spam" ? null : m.return_date);
    else replied ??= { label: m.label };
  }

  if (unsubscribed) return { kind: "unsubscribed" };
  if (bounced) return { kind: "bounced" };
  if (replied) return { kind: "replied", label: (replied as { label: string | null }).label };
  if (returnDate) return { kind: "out_of_office", return_date: returnDate };
  return { kind: "none" };
}
