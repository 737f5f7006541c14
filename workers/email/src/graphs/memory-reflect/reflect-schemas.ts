import { z } from "zod";
import { MAX_FACT_CHARS, MEMORY_SOURCES } from "./memory-item.ts";

/** RFC 5322's line limit: the ceiling of a subject or a Message-ID. */
const MAX_LINE_CHARS = 998;
/** Longest body reflected; the inbound pipeline caps messages the same way. */
export const MAX_REFLECT_BODY_CHARS = 20_000;

const Id = z.string().trim().min(1).max(200);

/** Which side wrote the message: the fact's trust tier follows from it, never from the model. */
export const Direction = z.enum(["inbound", "sent"]);
export type Direction = z.infer<typeof Direction>;

/** The input fields (unrefined, so LangGraph can extend them into channels). */
export const MemoryReflectInput = z.strictObject({
  /** The conversation (a campaign or reply thread id). With `message_id`, the idempotency key. */
  thread_id: Id,
  /** The message reflected: its RFC Message-ID, or our send's idempotency key. */
  message_id: z.string().trim().min(1).max(MAX_LINE_CHARS),
  direction: Direction,
  contact_id: Id.optional(),
  company_id: Id.optional(),
  subject: z.string().max(MAX_LINE_CHARS).optional(),
  body: z.string().max(MAX_REFLECT_BODY_CHARS),
});
export type MemoryReflectInput = z.infer<typeof MemoryReflectInput>;

const FactText = z.string().trim().min(1).max(MAX_FACT_CHARS).regex(/^[^\r\n]*$/, "a fact is one line");

/** The JSON the model (or the offline extractor) answers with. Extra keys are ignored. */
export const ModelFacts = z.object({
  facts: z.array(z.object({ kind: z.enum(["role_change", "timing", "interest"]), fact: FactText })).max(8),
});
export type ModelFacts = z.infer<typeof ModelFacts>;

export const ReflectedFact = z.object({ kind: z.enum(["role_change", "timing", "interest"]), fact: z.string(), source: z.enum(MEMORY_SOURCES) });
export type ReflectedFact = z.infer<typeof ReflectedFact>;

/** written: stored now; duplicate: reflected before, nothing written; skipped: see skip_reason. */
export const ReflectStatus = z.enum(["written", "duplicate", "skipped"]);

export const MemoryReflectOutput = z.object({
  status: ReflectStatus,
  /** The facts distilled (also when they could not be stored). */
  facts: z.array(ReflectedFact),
  /** Rows inserted by this run. */
  written: z.int().min(0),
  /** Why nothing (or not everything) was stored: a gateway refusal, a missing store, a store error. */
  skip_reason: z.string().nullable(),
  /** Set when the model's answer was unusable and the deterministic extraction was stored instead. */
  fallback_reason: z.string().nullable(),
  prompt_version: z.string(),
  /** The provider that distilled the facts; "rules" for the fallback, "none" when no call was made. */
  provider: z.string(),
});
export type MemoryReflectOutput = z.infer<typeof MemoryReflectOutput>;
