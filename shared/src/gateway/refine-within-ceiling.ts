import { skipReasonOf } from "./kill-switch.ts";

/** The most refinement attempts a compose loop may make. */
export const MAX_REFINE_ATTEMPTS = 2;

export interface RefineOptions<T> {
  /** The answer to fall back to: always valid, already paid for. */
  readonly draft: T;
  /**
   * One refinement of `current` (its LLM call goes through the hub, which
   * refuses it past the token ceiling or budget). `null` = no usable result.
   */
  readonly refine: (current: T, attempt: number) => Promise<T | null>;
  /** Whether a refined candidate is good enough to keep. Default: any non-null one. */
  readonly accept?: (candidate: T) => boolean;
  /** 1 or 2 (default 2). */
  readonly maxAttempts?: number;
}

/** What the loop kept and, when it kept the draft, why (stored in graph state). */
export interface RefineOutcome<T> {
  readonly value: T;
  readonly refined: boolean;
  readonly attempts: number;
  readonly fallbackReason: string | null;
}

/**
 * The compose refine loop: at most two refinements, never past the request's
 * token ceiling (the hub refuses the call that would cross it), then the draft
 * with the reason. Gateway refusals become the reason; other errors are bugs
 * and propagate.
 *
 * @example
 * const { value, fallbackReason } = await refineWithinCeiling({
 *   draft,
 *   refine: async (text) => (await hub.complete(refineCall(text))).content,
 *   accept: (text) => passesChecks(text),
 * });
 */
export async function refineWithinCeiling<T>(options: RefineOptions<T>): Promise<RefineOutcome<T>> {
  const max = options.maxAttempts ?? MAX_REFINE_ATTEMPTS;
  if (!Number.isInteger(max) || max < 1 || max > MAX_REFINE_ATTEMPTS) {
    throw new RangeError(`refineWithinCeiling: "maxAttempts" must be 1 or ${MAX_REFINE_ATTEMPTS}, got ${max}.`);
  }
  const accept = options.accept ?? (() => true);
  let current = options.draft;
  for (let attempt = 1; attempt <= max; attempt++) {
    let candidate: T | null;
    try {
      candidate = await options.refine(current, attempt);
    } catch (e) {
      return { value: options.draft, refined: false, attempts: attempt, fallbackReason: skipReasonOf(e) };
    }
    if (candidate !== null && accept(candidate)) return { value: candidate, refined: true, attempts: attempt, fallbackReason: null };
    if (candidate !== null) current = candidate;
  }
  return { value: options.draft, refined: false, attempts: max, fallbackReason: `not_accepted: no refinement passed after ${max} attempts; kept the draft.` };
}
