import { z } from "zod";
import { TouchCta } from "../email-outreach/outreach-schemas.ts";

/** Input of a thread's first run (enrollment). `now` is the campaign clock, ms since epoch. */
export const CampaignInput = z.strictObject({
  campaign_id: z.string().min(1).max(128),
  contact_id: z.string().min(1).max(128),
  now: z.int().min(0),
});
export type CampaignInput = z.infer<typeof CampaignInput>;

/** Where the thread is, in the state; the `campaign_threads` row mirrors it (`running` is never written there). */
export const ThreadPhase = z.enum(["running", "waiting", "review", "paused", "stopped", "done"]);
export type ThreadPhase = z.infer<typeof ThreadPhase>;

/** A touch drafted for `step`, and whether a human approved (or edited) it. */
export const TouchDraft = z.object({
  step: z.int().min(0),
  subject: z.string(),
  body: z.string(),
  cta: TouchCta,
  confidence: z.number(),
  flags: z.array(z.string()),
  prompt_version: z.string(),
  provider: z.string(),
  /** Policy flag or confidence below the campaign's threshold: a human must approve it first. */
  needs_review: z.boolean(),
  approved: z.boolean(),
  edited: z.boolean(),
});
export type TouchDraft = z.infer<typeof TouchDraft>;

export const ReplySignalSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("unsubscribed") }),
  z.object({ kind: z.literal("bounced") }),
  z.object({ kind: z.literal("replied"), label: z.string().nullable() }),
  z.object({ kind: z.literal("out_of_office"), return_date: z.string() }),
  z.object({ kind: z.literal("none") }),
]);

export const GuardDecisionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("send") }),
  z.object({ action: z.literal("stop"), status: z.enum(["stopped", "done"]), reason: z.string() }),
  z.object({ action: z.literal("pause"), reason: z.string() }),
  z.object({ action: z.literal("wait"), wake_at: z.number(), reason: z.string() }),
]);

export const SendOutcome = z.enum(["sent", "already_sent", "unknown"]);

/** What a run answers with (also beside `__interrupt__` when it pauses). */
export const CampaignOutput = z.object({
  campaign_id: z.string(),
  contact_id: z.string(),
  status: ThreadPhase,
  /** Touches sent so far. */
  step: z.number(),
  wake_at: z.number().nullable(),
  stop_reason: z.string().nullable(),
  schema_version: z.number(),
});
export type CampaignOutput = z.infer<typeof CampaignOutput>;

/** The `wait` interrupt's resume value: the cron's clock. */
export const WaitResume = z.object({ now: z.int().min(0) });

/** What the wait pause shows. `wake_at` null = no automatic wake (paused for a human or the campaign). */
export interface WaitRequest {
  readonly kind: "wait";
  readonly wake_at: number | null;
  readonly status: "waiting" | "paused";
  readonly reason: string | null;
}
