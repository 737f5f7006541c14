import { collectJsonLd, type HtmlScope } from "@agentic-sales/shared/web";
import { peopleFromJsonLd } from "./json-ld-people.ts";
import { collectPeople } from "./people-collector.ts";
import type { RawPerson } from "./raw-person.ts";

export interface PagePeople {
  readonly people: RawPerson[];
  /** JSON-LD blocks that did not parse. */
  readonly jsonLdErrors: number;
}

/**
 * Registers every person extractor (JSON-LD, microformats, microdata,
 * team cards) on one page's scope; call the result once the page is read.
 *
 * @example
 * const done = extractPagePeople(scope);
 * await … // the page streams through the rewriter
 * done().people; // RawPerson[] from all four markup kinds
 */
export function extractPagePeople(scope: HtmlScope): () => PagePeople {
  const jsonLd = collectJsonLd(scope);
  const cards = collectPeople(scope);
  return () => ({ people: [...peopleFromJsonLd(jsonLd.values), ...cards()], jsonLdErrors: jsonLd.errors });
}
