import type { GuardDecision } from "../../campaign/guard-decision.ts";
import type { ReplySignal } from "../../campaign/reply-signal.ts";
import type { ThreadPhase, TouchDraft } from "./campaign-schemas.ts";

/** Version of the checkpointed state this code writes. Bump, and add a step below, when its meaning changes. */
export const CAMPAIGN_STATE_VERSION = 1;

/** The state as nodes use it: current version, every field present. */
export interface CampaignValues {
  readonly campaign_id: string;
  readonly contact_id: string;
  readonly now: number;
  readonly schema_version: typeof CAMPAIGN_STATE_VERSION;
  readonly enrolled_at: number;
  readonly step: number;
  readonly last_sent_at: number | null;
  readonly next_send_at: number | null;
  readonly paused_until: number | null;
  readonly previous_subjects: readonly string[];
  readonly draft: TouchDraft | null;
  readonly review_error: string | null;
  readonly signal: ReplySignal | null;
  readonly decision: GuardDecision | null;
  readonly send_outcome: "sent" | "already_sent" | "unknown" | null;
  readonly status: ThreadPhase;
  readonly wake_at: number | null;
  readonly hold_reason: string | null;
  readonly stop_reason: string | null;
}

export interface MigratedState {
  readonly values: CampaignValues;
  /** Channel writes that persist the migration (empty when the state was current). */
  readonly patch: Partial<CampaignValues> & { touches_sent?: null };
}

type Raw = Record<string, unknown>;
const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);

/** Fills the current version's fields, keeping what the state has. */
function current(raw: Raw): CampaignValues {
  const now = num(raw.now) ?? 0;
  return {
    campaign_id: String(raw.campaign_id ?? ""),
    contact_id: String(raw.contact_id ?? ""),
    now,
    schema_version: CAMPAIGN_STATE_VERSION,
    enrolled_at: num(raw.enrolled_at) ?? now,
    step: num(raw.step) ?? 0,
    last_sent_at: num(raw.last_sent_at),
    next_send_at: num(raw.next_send_at),
    paused_until: num(raw.paused_until),
    previous_subjects: Array.isArray(raw.previous_subjects) ? raw.previous_subjects.filter((s): s is string => typeof s === "string") : [],
    draft: (raw.draft as TouchDraft | null | undefined) ?? null,
    review_error: str(raw.review_error),
    signal: (raw.signal as ReplySignal | null | undefined) ?? null,
    decision: (raw.decision as GuardDecision | null | undefined) ?? null,
    send_outcome: (raw.send_outcome as CampaignValues["send_outcome"] | undefined) ?? null,
    status: (raw.status as ThreadPhase | undefined) ?? "running",
    wake_at: num(raw.wake_at),
    hold_reason: str(raw.hold_reason),
    stop_reason: str(raw.stop_reason),
  };
}

/**
 * v0 (before `schema_version` existed): the touch counter was `touches_sent`,
 * `wake_at` was the cadence time of the next touch, and a draft carried no
 * step or approval. Such a draft is dropped rather than guessed at: drafts
 * have no side effects, so regenerating it is safe, while sending one bound
 * to the wrong step is not.
 */
function fromV0(raw: Raw): Raw {
  const { touches_sent, draft, ...rest } = raw;
  const keepDraft = typeof draft === "object" && draft !== null && "step" in draft && "approved" in draft;
  return { ...rest, step: num(touches_sent) ?? 0, next_send_at: num(raw.next_send_at) ?? num(raw.wake_at), draft: keepDraft ? draft : null };
}

/**
 * Reads a checkpointed campaign state of any version as the current one.
 * Pure. A state from a newer version is refused (a rollback must not
 * reinterpret fields it does not know); a fresh state (the first run's input
 * only) gets the current defaults, with `enrolled_at` = its `now`.
 *
 * @example
 * migrateCampaignState({ campaign_id: "c", contact_id: "ct", now: 5, touches_sent: 2, wake_at: 9 }).values;
 * // { …, schema_version: 1, step: 2, next_send_at: 9, draft: null, … }
 */
export function migrateCampaignState(raw: Raw): MigratedState {
  const version = num(raw.schema_version);
  if (version === CAMPAIGN_STATE_VERSION) return { values: current(raw), patch: {} };
  if (version !== null && version > CAMPAIGN_STATE_VERSION) {
    throw new Error(`campaign: checkpoint has schema_version ${version}, newer than this code's ${CAMPAIGN_STATE_VERSION}; deploy the newer graph.`);
  }
  const isV0 = version === 0 || (version === null && raw.touches_sent !== undefined && raw.touches_sent !== null);
  const values = current(isV0 ? fromV0(raw) : raw);
  return { values, patch: { ...values, touches_sent: null } };
}
