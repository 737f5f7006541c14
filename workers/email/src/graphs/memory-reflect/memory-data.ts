import { admitMemory, memoryTrust, normalizeUntrusted, type DataItem } from "@agentic-sales/shared/gateway";
import { MAX_RECALLED_FACTS, type MemoryFact } from "./memory-item.ts";

/** Data-block labels of recalled memory; the prompts that quote memory name them. */
export const MEMORY_LABELS = { trusted: "memory", untrusted: "memory_unverified" } as const;

export interface MemoryData {
  /** Zero, one or two data blocks: first-party facts (trusted) and inbound-derived ones (untrusted). */
  readonly data: DataItem[];
  /** The facts that made it into the prompt, in order. */
  readonly used: MemoryFact[];
}

/**
 * Recalled memory as quoted data for `buildMessages`. Admission is by trust
 * tier (`admitMemory`: `inbound_unverified` only where a human reviews before
 * send), then the first `MAX_RECALLED_FACTS` (callers pass newest first).
 * Each tier gets its own block, quoted as `memoryTrust` says. Facts are
 * normalised even in the trusted block: a first-party tag says who stored a
 * fact, not that no invisible character rode along from a scraped name.
 *
 * @example
 * memoryData([{ fact: "Moved to Head of Ops in May", source: "sent_email", kind: "role_change" }], { humanReviewed: false }).data;
 * // [{ label: "memory", trust: "trusted", text: '[\n  {\n    "kind": "role_change", … }\n]' }]
 */
export function memoryData(items: readonly MemoryFact[], options: { readonly humanReviewed: boolean }): MemoryData {
  const used = admitMemory(items, options).slice(0, MAX_RECALLED_FACTS);
  const rows = (trust: "trusted" | "untrusted") =>
    used.filter((m) => memoryTrust(m.source) === trust).map((m) => ({ kind: m.kind ?? "note", source: m.source, fact: normalizeUntrusted(m.fact) }));
  const data: DataItem[] = [];
  for (const trust of ["trusted", "untrusted"] as const) {
    const list = rows(trust);
    if (list.length > 0) data.push({ label: MEMORY_LABELS[trust], trust, text: JSON.stringify(list, null, 2) });
  }
  return { data, used };
}
