/** Normalised name parts a pattern renders from: lowercase ASCII letters and digits only. */
export interface NameParts {
  readonly first: string;
  readonly last: string;
  readonly middle?: string;
}

export interface EmailPattern {
  /** Prior probability that a company uses this pattern, before any evidence. */
  readonly prior: number;
  /** The localpart, or null when the pattern needs a part the name lacks. */
  readonly render: (name: NameParts) => string | null;
}

const initial = (part: string) => part.charAt(0);

/**
 * Localpart patterns in order of how common they are in B2B mail, with
 * priors that sum to just under 1 (the rest is "something else").
 * Order breaks ties between equal confidences, so it is part of the contract.
 *
 * @example
 * EMAIL_PATTERNS["f.last"].render({ first: "ada", last: "example" }); // "a.example"
 */
export const EMAIL_PATTERNS = {
  "first.last": { prior: 0.32, render: ({ first, last }) => `${first}.${last}` },
  flast: { prior: 0.18, render: ({ first, last }) => `${initial(first)}${last}` },
  first: { prior: 0.12, render: ({ first }) => first },
  firstlast: { prior: 0.08, render: ({ first, last }) => `${first}${last}` },
  first_last: { prior: 0.05, render: ({ first, last }) => `${first}_${last}` },
  "f.last": { prior: 0.05, render: ({ first, last }) => `${initial(first)}.${last}` },
  "last.first": { prior: 0.03, render: ({ first, last }) => `${last}.${first}` },
  firstl: { prior: 0.03, render: ({ first, last }) => `${first}${initial(last)}` },
  last: { prior: 0.02, render: ({ last }) => last },
  "first-last": { prior: 0.02, render: ({ first, last }) => `${first}-${last}` },
  lastf: { prior: 0.02, render: ({ first, last }) => `${last}${initial(first)}` },
  "first.m.last": { prior: 0.02, render: ({ first, middle, last }) => (middle ? `${first}.${initial(middle)}.${last}` : null) },
  fmlast: { prior: 0.02, render: ({ first, middle, last }) => (middle ? `${initial(first)}${initial(middle)}${last}` : null) },
  lastfirst: { prior: 0.01, render: ({ first, last }) => `${last}${first}` },
  last_first: { prior: 0.01, render: ({ first, last }) => `${last}_${first}` },
} as const satisfies Record<string, EmailPattern>;

export type PatternId = keyof typeof EMAIL_PATTERNS;

/** Pattern ids in rank order (the object's insertion order). */
export const PATTERN_IDS = Object.keys(EMAIL_PATTERNS) as [PatternId, ...PatternId[]];
