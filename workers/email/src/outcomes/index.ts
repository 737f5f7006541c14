// Routes
export { outcomeRoutes, type OutcomeRoutesOptions } from "./outcome-routes.ts";
// Recording
export { OutcomeBody, OUTCOME_WEBHOOK_KINDS, type OutcomeWebhookKind } from "./outcome-body.ts";
export { recordOutcome, type RecordedOutcome } from "./record-outcome.ts";
export { nudgeThread, type NudgeOutcome } from "./thread-nudge.ts";
export { polarityData } from "./polarity.ts";
