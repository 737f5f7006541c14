import type { PageReport, RobotsStatus } from "@agentic-sales/shared/web";
import type { PagePeopleFound } from "../merge-people.ts";
import type { MxLookup } from "../mx/mx-lookup.ts";

/** What one run asks of every source. */
export interface SourceRequest {
  /** Registrable company domain, already screened. */
  readonly domain: string;
  readonly maxPages: number;
}

/** What a source may contribute; each field has one owner source in a normal setup. */
export interface SourceFindings {
  readonly pages?: PageReport[];
  readonly people?: PagePeopleFound[];
  /** `mailto:` addresses per page read. */
  readonly mailto?: { readonly url: string; readonly mailto: readonly string[] }[];
  readonly robots?: Record<string, RobotsStatus>;
  readonly mx?: MxLookup;
  /** Company-level signals only (size, languages, activity). */
  readonly company_signals?: Record<string, unknown>;
}

/**
 * A pluggable source of contact-discovery facts. The website crawler and the
 * DoH MX lookup are two implementations; a graph takes any list of them.
 *
 * Policy: a source must only contribute people and addresses the company
 * publishes itself. GitHub in particular may feed `company_signals` only,
 * never people or addresses: GitHub's Acceptable Use Policies §7 forbid using
 * GitHub data to send unsolicited email (github/site-policy, see
 * shared/notes/sales.md §0.2 and §3b).
 *
 * @example
 * const mxSource: DiscoverySource = { name: "doh", discover: async ({ domain }) => ({ mx: await lookupMx(domain, doh) }) };
 */
export interface DiscoverySource {
  readonly name: string;
  discover(request: SourceRequest): Promise<SourceFindings>;
}
