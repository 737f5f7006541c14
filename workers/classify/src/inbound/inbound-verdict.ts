import { INBOUND_OUTCOME_LABELS } from "../../../../shared/src/outcomes/index.ts";

/** The nine labels, one place: the polarity table in `shared/src/outcomes` owns the list. */
export const INBOUND_LABELS = INBOUND_OUTCOME_LABELS;
export type InboundLabel = (typeof INBOUND_LABELS)[number];

/** The intents the offline scorer (and, by default, the model) decides among. */
export const HUMAN_INTENTS = ["interested", "not_interested", "info_request", "partnership", "spam"] as const satisfies readonly InboundLabel[];
export type HumanIntent = (typeof HUMAN_INTENTS)[number];

/** Which stage decided: header rules, lexical rules, or the model (or its fallback). */
export const STAGES = ["headers", "lexical", "model"] as const;
export type Stage = (typeof STAGES)[number];

/** Reasons per verdict, and characters per reason (the contract's bounds). */
export const MAX_REASONS = 2;
export const MAX_REASON_LENGTH = 80;

/** A rule's or the model's answer, before the return date is attached. */
export interface InboundVerdict {
  readonly label: InboundLabel;
  readonly confidence: number;
  readonly reasons: readonly string[];
}

/**
 * Builds a verdict with the confidence clamped to 0..1 (two decimals) and at
 * most two reasons of at most 80 characters each.
 *
 * @example
 * inboundVerdict("bounced", 0.991, ["DSN: multipart/report delivery-status"]) // { label: "bounced", confidence: 0.99, … }
 */
export function inboundVerdict(label: InboundLabel, confidence: number, reasons: readonly string[]): InboundVerdict {
  return { label, confidence: roundConfidence(confidence), reasons: boundReasons(reasons) };
}

/**
 * At most two reasons of at most 80 characters.
 *
 * @example
 * boundReasons(["a", "b", "c"]) // ["a", "b"]
 */
export function boundReasons(reasons: readonly string[]): string[] {
  return reasons
    .slice(0, MAX_REASONS)
    .map((r) => (r.length > MAX_REASON_LENGTH ? `${r.slice(0, MAX_REASON_LENGTH - 1)}…` : r));
}

/**
 * Clamps to 0..1 and rounds to two decimals.
 *
 * @example
 * roundConfidence(1.3) // 1
 */
export const roundConfidence = (c: number): number => Math.round(Math.min(1, Math.max(0, Number.isFinite(c) ? c : 0)) * 100) / 100;
