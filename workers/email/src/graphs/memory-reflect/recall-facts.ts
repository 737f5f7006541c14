import { HUMAN_REVIEWED_SOURCES, INJECTABLE_SOURCES } from "@agentic-sales/shared/gateway";
import type { MemoryStore } from "../../stores/memory-store.ts";
import { MAX_RECALLED_FACTS, type MemoryFact } from "./memory-item.ts";

export interface RecallQuery {
  readonly contactId?: string | undefined;
  readonly companyId?: string | undefined;
  /** Whether a human reviews the output before anything is sent (admits `inbound_unverified`). */
  readonly humanReviewed: boolean;
}

/**
 * The facts a prompt may draw on: the ones the caller passed, then the
 * contact's and company's from the store (newest first), only from the
 * tiers the graph may see. Memory is context, not a precondition: a store
 * failure is returned as `error` (the graph flags it and drafts without),
 * never thrown.
 *
 * @example
 * await recallFacts(services.memory, { contactId: "ct_1", humanReviewed: false }, input.memory ?? []);
 * // { facts: [{ fact: "…", source: "sent_email", kind: "timing" }, …], error: null }
 */
export async function recallFacts(
  store: Pick<MemoryStore, "recall"> | undefined,
  q: RecallQuery,
  given: readonly MemoryFact[] = [],
): Promise<{ facts: MemoryFact[]; error: string | null }> {
  if (!store || (!q.contactId && !q.companyId)) return { facts: [...given], error: null };
  try {
    const rows = await store.recall({
      contactId: q.contactId ?? null,
      companyId: q.companyId ?? null,
      sources: [...(q.humanReviewed ? HUMAN_REVIEWED_SOURCES : INJECTABLE_SOURCES)],
      limit: MAX_RECALLED_FACTS,
    });
    return { facts: [...given, ...rows.map((r) => ({ fact: r.fact, source: r.source, kind: r.kind }))], error: null };
  } catch (e) {
    return { facts: [...given], error: e instanceof Error ? e.message : String(e) };
  }
}
