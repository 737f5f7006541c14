import { parseJsonAs, refineWithinCeiling, type DataItem, type RefineOutcome } from "@agentic-sales/shared/gateway";
import type { HubLike } from "../email-outreach/compose-touch.ts";
import { finalizeDraft, type DraftFlag } from "../email-outreach/finalize-draft.ts";
import { ModelDraft, type EmailOutreachInput, type EmailOutreachOutput } from "../email-outreach/outreach-schemas.ts";
import { PROMPT_VERSION, refineMessages } from "./refine-prompt.ts";

const MAX_OUTPUT_TOKENS = 700;
/** A revision that makes the email longer than this has stopped being a short touch. */
const MAX_WORDS = 180;

/** Flags a revision must not raise: each means it broke a rule the first draft may have kept. */
const REJECTING: ReadonlySet<DraftFlag> = new Set(["unexpected_link", "calendar_link_missing", "subject_repeated"]);

/**
 * Whether a revision is good enough to keep: no rule-breaking flag, still short. Pure.
 *
 * @example
 * acceptRevision({ ...touch, flags: ["unexpected_link"] }); // false
 */
export function acceptRevision(candidate: EmailOutreachOutput): boolean {
  return !candidate.flags.some((f) => REJECTING.has(f as DraftFlag)) && candidate.body.split(/\s+/).filter(Boolean).length <= MAX_WORDS;
}

/**
 * The critique-and-revise pass over a composed touch: at most two model
 * revisions, each validated (schema, then the same finalisation and flags as
 * the first draft), under the request's token ceiling (the hub refuses a
 * call that would cross it), then the draft with the reason. The offline
 * answer is the draft itself: offline, the critique finds nothing to change.
 *
 * @example
 * const { value, refined, fallbackReason, prompted } = await refineTouch(outreachInput, touch, memoryBlocks, hub);
 */
export async function refineTouch(
  input: EmailOutreachInput,
  draft: EmailOutreachOutput,
  memory: readonly DataItem[],
  hub: HubLike,
  runId?: string,
): Promise<RefineOutcome<EmailOutreachOutput> & { readonly prompted: boolean }> {
  // Whether any refine prompt reached a provider (a refused call sends nothing).
  let prompted = false;
  const outcome = await refineWithinCeiling<EmailOutreachOutput>({
    draft,
    accept: acceptRevision,
    refine: async (current, attempt) => {
      const result = await hub.complete({
        site: { graph: "email_compose", node: "refine", promptVersion: PROMPT_VERSION, feature: "outreach", ...(runId ? { runId } : {}) },
        messages: refineMessages(input, current, memory, attempt),
        json: true,
        maxOutputTokens: MAX_OUTPUT_TOKENS,
        offline: () => JSON.stringify({ subject: current.subject, body: current.body, confidence: current.confidence }),
      });
      prompted = true;
      const parsed = parseJsonAs(ModelDraft, result.content);
      return parsed.ok ? finalizeDraft(parsed.value, input, { provider: result.record.provider, flags: [] }) : null;
    },
  });
  return { ...outcome, prompted };
}
