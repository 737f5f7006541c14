import { countrySkip, type CountrySkipReason } from "./country-rules.ts";
import type { DncRule } from "./dnc-match.ts";
import type { ReplySignal } from "./reply-signal.ts";
import { nextWindowSlot, type SendWindow } from "./time/send-window.ts";
import { startOfNextDay } from "./time/zoned-time.ts";

/** Why a thread ended. Stable codes: the API and reports key on them. */
export type StopReason =
  | "replied"
  | "bounced"
  | "unsubscribed"
  | "do_not_contact"
  | CountrySkipReason
  | "campaign_stopped"
  | "max_touches"
  | "review_rejected";
/** Why a thread waits for a human (no wake time). */
export type PauseReason = "campaign_paused" | "send_outcome_unknown";
/** Why a send is held until `wake_at`. */
export type HoldReason = "out_of_office" | "cadence" | "send_window" | "daily_cap" | "awaiting_clock";

export type GuardDecision =
  | { readonly action: "send" }
  | { readonly action: "stop"; readonly status: "stopped" | "done"; readonly reason: StopReason }
  | { readonly action: "pause"; readonly reason: PauseReason }
  | { readonly action: "wait"; readonly wake_at: number; readonly reason: HoldReason };

/** Everything the guard decides on, read beforehand by the node. */
export interface GuardFacts {
  /** The run's clock (ms): the resume value's `now`, never `Date.now()`. */
  readonly now: number;
  readonly signal: ReplySignal;
  readonly campaignStatus: "active" | "paused" | "stopped";
  readonly contactStatus: "active" | "bounced" | "unsubscribed";
  /** The do-not-contact rule matching the address, if any. */
  readonly dnc: DncRule | null;
  /** The recipient's country (the contact's, else the company's; ISO alpha-2), null = unknown. */
  readonly country: string | null;
  /** The contact's prior consent (opt-in) is recorded. */
  readonly priorConsent: boolean;
  /** Touches sent so far. */
  readonly step: number;
  readonly maxTouches: number;
  /** Earliest instant of the next touch (cadence), null = no constraint. */
  readonly nextSendAt: number | null;
  /** Out-of-office hold (the return date), null = none. */
  readonly pausedUntil: number | null;
  readonly recipientTimeZone: string;
  readonly mailboxTimeZone: string;
  readonly window: SendWindow;
  /** Sends of the mailbox on its current local day (`send_ledger` rows with status sent). */
  readonly sentToday: number;
  readonly dailyCap: number;
}

const stop = (reason: StopReason, status: "stopped" | "done" = "stopped"): GuardDecision => ({ action: "stop", status, reason });

/**
 * Whether the next touch may go out now, and if not, whether the thread
 * stops, pauses for a human or waits until a computed instant. Stops come
 * first (a reply beats a send window; the contact's own signals and status,
 * the do-not-contact list, then the country consent policy email_compose
 * applies too: a country that needs prior consent, without one recorded,
 * ends the thread), then a paused campaign, then holds in
 * the order out-of-office → cadence → send window → mailbox daily cap. Every
 * hold's wake time is already inside the recipient's send window, so the cron
 * wakes the thread when it can act.
 *
 * @example
 * guardDecision({ ...facts, signal: { kind: "replied", label: null } }); // { action: "stop", status: "stopped", reason: "replied" }
 * guardDecision({ ...facts, country: "DE", priorConsent: false });      // { action: "stop", status: "stopped", reason: "country_requires_consent:DE" }
 * guardDecision({ ...facts, sentToday: 50, dailyCap: 50 });              // { action: "wait", reason: "daily_cap", wake_at: <next day's window> }
 */
export function guardDecision(f: GuardFacts): GuardDecision {
  if (f.signal.kind === "unsubscribed" || f.contactStatus === "unsubscribed") return stop("unsubscribed");
  if (f.signal.kind === "bounced" || f.contactStatus === "bounced") return stop("bounced");
  if (f.signal.kind === "replied") return stop("replied");
  if (f.dnc) return stop("do_not_contact");
  const country = countrySkip(f.country, f.priorConsent);
  if (country) return stop(country);
  if (f.campaignStatus === "stopped") return stop("campaign_stopped");
  if (f.step >= f.maxTouches) return stop("max_touches", "done");
  if (f.campaignStatus === "paused") return { action: "pause", reason: "campaign_paused" };

  const slot = (at: number) => nextWindowSlot(at, f.recipientTimeZone, f.window);
  if (f.pausedUntil !== null && f.now < f.pausedUntil) return { action: "wait", wake_at: slot(f.pausedUntil), reason: "out_of_office" };
  if (f.nextSendAt !== null && f.now < f.nextSendAt) return { action: "wait", wake_at: slot(f.nextSendAt), reason: "cadence" };
  const open = slot(f.now);
  if (open > f.now) return { action: "wait", wake_at: open, reason: "send_window" };
  if (f.sentToday >= f.dailyCap) {
    return { action: "wait", wake_at: slot(startOfNextDay(f.now, f.mailboxTimeZone)), reason: "daily_cap" };
  }
  return { action: "send" };
}
