import { pageKey } from "./site-url.ts";

export interface FrontierEntry {
  readonly url: URL;
  readonly score: number;
  readonly depth: number;
}

/**
 * The crawl queue: highest score first, ties in discovery order, every page
 * key admitted once. Deterministic, so the same site gives the same crawl.
 *
 * @example
 * const f = new Frontier();
 * f.push({ url: new URL("https://acme.de/kontakt"), score: 1, depth: 1 });
 * f.push({ url: new URL("https://acme.de/team"), score: 3, depth: 1 });
 * f.take(1)[0]?.url.pathname; // "/team"
 */
export class Frontier {
  readonly #queue: (FrontierEntry & { order: number })[] = [];
  readonly #seen = new Set<string>();
  #order = 0;

  /** Adds an entry unless its page was already queued; returns whether it was added. */
  push(entry: FrontierEntry): boolean {
    const key = pageKey(entry.url);
    if (this.#seen.has(key)) return false;
    this.#seen.add(key);
    this.#queue.push({ ...entry, order: this.#order++ });
    return true;
  }

  /** Marks a page as visited without queueing it (a redirect target that was read). */
  markSeen(url: URL): boolean {
    const key = pageKey(url);
    const fresh = !this.#seen.has(key);
    this.#seen.add(key);
    return fresh;
  }

  /** Removes and returns up to `n` best entries. */
  take(n: number): FrontierEntry[] {
    this.#queue.sort((a, b) => b.score - a.score || a.order - b.order);
    return this.#queue.splice(0, n);
  }

  get size(): number {
    return this.#queue.length;
  }
}
