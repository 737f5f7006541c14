/**
 * Version of the lead-scoring rules: ICP matching, seniority words, event
 * weights, half-life, grade thresholds and combine weights. `lead_score`
 * calls no model, so there is no prompt text; the version still travels in
 * every output as `prompt_version` and must equal the registry row's
 * `promptVersion`. Bump it when any of those rules change a score.
 */
export const PROMPT_VERSION = "lead-score-v1";
