import { dncMatch, domainSuffixes, type DncRule } from "../campaign/dnc-match.ts";
import { DNC_CANDIDATES, DNC_CANDIDATES_MANY, INSERT_DNC } from "./sql.ts";

/** Where a do-not-contact entry came from (`do_not_contact.source`). */
export type DncSource = "unsubscribe" | "bounce" | "manual" | "import";

/**
 * The `do_not_contact` list: the safety gate every send passes.
 *
 * @example
 * const dnc = new DncStore(env.DB);
 * await dnc.matchFor("ada@agency.gov"); // { kind: "pattern", value: "*@*.gov" } or null
 */
export class DncStore {
  constructor(private readonly db: D1Database) {}

  /** The rule forbidding `email`, or null. */
  async matchFor(email: string): Promise<DncRule | null> {
    const address = email.trim().toLowerCase();
    const { results } = await this.db.prepare(DNC_CANDIDATES).bind(address, JSON.stringify(domainSuffixes(address))).all<DncRule>();
    return dncMatch(address, results);
  }

  /** The rule forbidding each address (by index), or null; one query for the whole list. */
  async matchAll(emails: readonly string[]): Promise<(DncRule | null)[]> {
    const addresses = emails.map((e) => e.trim().toLowerCase());
    const domains = [...new Set(addresses.flatMap(domainSuffixes))];
    const { results } = await this.db.prepare(DNC_CANDIDATES_MANY).bind(JSON.stringify(addresses), JSON.stringify(domains)).all<DncRule>();
    return addresses.map((a) => dncMatch(a, results));
  }

  /** Adds an entry; adding one that exists changes nothing. */
  async add(rule: DncRule, reason: string, source: DncSource, now: number): Promise<void> {
    await this.db.prepare(INSERT_DNC).bind(rule.kind, rule.value.trim().toLowerCase(), reason, source, new Date(now).toISOString()).run();
  }
}
