/** What `decide` weighs: whatever ran before it (a skip short-circuits straight here). */
export interface DecideFacts {
  /** Why `hydrate` could not build a context, if it could not. */
  readonly hydrateSkip: string | null;
  /** Why the safety gate refused, if it did. */
  readonly gateSkip: string | null;
  readonly campaignStatus: "active" | "paused" | "stopped" | null;
  readonly step: number;
  readonly maxTouches: number;
}

export type Decision = { readonly action: "compose" } | { readonly action: "skip"; readonly reason: string };

/**
 * Compose, or skip with the first reason that applies: the context could not
 * be built, the safety gate refused, the campaign is stopped or paused (a
 * draft now would go stale before it could be sent), or the sequence is
 * complete. Pure.
 *
 * @example
 * decideAction({ hydrateSkip: null, gateSkip: null, campaignStatus: "active", step: 3, maxTouches: 3 }); // { action: "skip", reason: "sequence_complete" }
 */
export function decideAction(f: DecideFacts): Decision {
  const skip = (reason: string): Decision => ({ action: "skip", reason });
  if (f.hydrateSkip) return skip(f.hydrateSkip);
  if (f.gateSkip) return skip(f.gateSkip);
  if (f.campaignStatus === "stopped") return skip("campaign_stopped");
  if (f.campaignStatus === "paused") return skip("campaign_paused");
  if (f.step >= f.maxTouches) return skip("sequence_complete");
  return { action: "compose" };
}
