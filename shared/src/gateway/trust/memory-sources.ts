/**
 * Where a memory item came from. First-party sources (what we sent, what a
 * person on our side wrote, what a graph derived) may be recalled into any
 * prompt; memory distilled from raw inbound email may carry an attacker's
 * text, so it is recalled only by graphs whose output a human reviews before
 * anything is sent.
 */
export type MemorySource = "sent_email" | "human_note" | "graph_derived" | "inbound_unverified";

/** Sources any graph may put into a prompt (always as data in the user message). */
export const INJECTABLE_SOURCES: ReadonlySet<MemorySource> = new Set<MemorySource>(["sent_email", "human_note", "graph_derived"]);

/** Sources allowed where a human reviews before send: the injectable ones plus `inbound_unverified`. */
export const HUMAN_REVIEWED_SOURCES: ReadonlySet<MemorySource> = new Set<MemorySource>([...INJECTABLE_SOURCES, "inbound_unverified"]);

export interface AdmitMemoryOptions {
  /** True only for graphs that pause for a human before anything leaves (e.g. `email_reply`). */
  readonly humanReviewed: boolean;
}

/**
 * The memory items a graph may put into its prompt, in their original order.
 * Deny by default: an unknown or missing `source` (a typo, a new writer, a row
 * from an older schema) is dropped, never admitted.
 *
 * @example
 * admitMemory([{ source: "sent_email", text: "…" }, { source: "inbound_unverified", text: "…" }], { humanReviewed: false });
 * // [{ source: "sent_email", text: "…" }]
 */
export function admitMemory<T extends { readonly source: string }>(items: readonly T[], { humanReviewed }: AdmitMemoryOptions): T[] {
  const allowed: ReadonlySet<string> = humanReviewed ? HUMAN_REVIEWED_SOURCES : INJECTABLE_SOURCES;
  return items.filter((item) => allowed.has(item.source));
}

/**
 * How a memory item of `source` is quoted in a prompt: inbound-derived memory
 * is untrusted data (normalised and escaped like the inbound email itself);
 * first-party memory is trusted data. Either way it goes in the user message.
 *
 * @example
 * memoryTrust("inbound_unverified"); // "untrusted"
 */
export function memoryTrust(source: MemorySource): "trusted" | "untrusted" {
  return source === "inbound_unverified" ? "untrusted" : "trusted";
}
