import { StateSchema } from "@langchain/langgraph";
import { z } from "zod";
import { CampaignInput, GuardDecisionSchema, ReplySignalSchema, SendOutcome, ThreadPhase, TouchDraft } from "./campaign-schemas.ts";

/**
 * Channels of the campaign graph. Past the input they are optional: a
 * checkpoint written by an older graph version may lack them, and
 * `migrateCampaignState` fills them in on read (see `schema_version`).
 */
export const CampaignState = new StateSchema({
  ...CampaignInput.shape,
  schema_version: z.number().optional(),
  /** The first run's `now`: cadence_days[0] counts from it. */
  enrolled_at: z.number().optional(),
  /** Touches sent so far (= index of the next touch). */
  step: z.number().optional(),
  last_sent_at: z.number().nullable().optional(),
  /** Earliest instant of the next touch by the cadence. */
  next_send_at: z.number().nullable().optional(),
  /** Out-of-office hold: the contact's return date. */
  paused_until: z.number().nullable().optional(),
  previous_subjects: z.array(z.string()).optional(),
  draft: TouchDraft.nullable().optional(),
  review_error: z.string().nullable().optional(),
  signal: ReplySignalSchema.nullable().optional(),
  decision: GuardDecisionSchema.nullable().optional(),
  send_outcome: SendOutcome.nullable().optional(),
  status: ThreadPhase.optional(),
  wake_at: z.number().nullable().optional(),
  hold_reason: z.string().nullable().optional(),
  stop_reason: z.string().nullable().optional(),
  /** Schema v0's name for `step`; read only by the migration, then cleared. */
  touches_sent: z.number().nullable().optional(),
});

export type CampaignStateValue = typeof CampaignState.State;
export type CampaignStateUpdate = typeof CampaignState.Update;
