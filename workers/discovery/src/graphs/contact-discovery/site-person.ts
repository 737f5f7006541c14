import type { ExtractionMethod } from "./extract/raw-person.ts";

/** Where and when a fact about a person was seen. */
export interface Provenance {
  readonly url: string;
  readonly method: ExtractionMethod;
  /** The run's clock (`as_of`), not the page's date: when we saw it. */
  readonly observed_at: string;
}

/** One person of the company site, merged across pages and markup kinds. */
export interface SitePerson {
  readonly name: string;
  readonly first_name: string;
  readonly last_name: string;
  readonly middle_name: string | null;
  readonly title: string | null;
  /** Addresses the site itself gives for this person (mailto in their card, JSON-LD `email`). */
  readonly emails: string[];
  readonly sources: Provenance[];
}
