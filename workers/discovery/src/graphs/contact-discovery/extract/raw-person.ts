/** How a person was found on a page; also the order of trust when sources disagree. */
export const EXTRACTION_METHODS = ["json-ld", "microdata", "h-card", "team-card"] as const;
export type ExtractionMethod = (typeof EXTRACTION_METHODS)[number];

/** A person as one piece of markup describes them, before cleaning and merging. */
export interface RawPerson {
  readonly name: string | null;
  readonly given: string | null;
  readonly family: string | null;
  readonly title: string | null;
  readonly email: string | null;
  readonly method: ExtractionMethod;
}
