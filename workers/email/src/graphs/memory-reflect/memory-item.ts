import type { MemorySource } from "@agentic-sales/shared/gateway";
import { z } from "zod";

/** The four trust tiers of `memory_items.source` (see `admitMemory` in the gateway). */
export const MEMORY_SOURCES = ["sent_email", "human_note", "graph_derived", "inbound_unverified"] as const satisfies readonly MemorySource[];

/** What a fact is about: the kinds memory_reflect distils, and `note` for anything a person wrote. */
export const FACT_KINDS = ["role_change", "timing", "interest", "note"] as const;
export const FactKind = z.enum(FACT_KINDS);
export type FactKind = z.infer<typeof FactKind>;

/** Longest fact kept: one or two sentences, not a quoted email. */
export const MAX_FACT_CHARS = 500;

/**
 * One remembered fact as graphs take it in their input or recall it from the
 * store. `source` is a closed enum at the contract, so a caller cannot invent
 * a tier; `admitMemory` still denies anything unknown that slips past.
 */
export const MemoryFact = z.strictObject({
  fact: z.string().trim().min(1).max(MAX_FACT_CHARS),
  source: z.enum(MEMORY_SOURCES),
  kind: FactKind.optional(),
});
export type MemoryFact = z.infer<typeof MemoryFact>;

/** At most this many facts go into one prompt: recall is newest first, the rest is noise. */
export const MAX_RECALLED_FACTS = 8;

/** The memory list graphs accept in their input. */
export const MemoryFacts = z.array(MemoryFact).max(50);
