/** What one page says about the company itself, as collected while it streams. */
export interface PageFacts {
  title: string | null;
  description: string | null;
  ogSiteName: string | null;
  ogDescription: string | null;
  generator: string | null;
  lang: string | null;
  /** `src` of scripts and `href` of stylesheets/preloads, for fingerprints. */
  assets: string[];
  /** Ids of framework root elements (`__next`, `__nuxt`, `root`…). */
  rootIds: string[];
  /** Text of `<address>` elements. */
  addresses: string[];
  /** Parsed JSON-LD values. */
  jsonLd: unknown[];
  /** Visible text (capped), for size and industry phrases. */
  text: string;
}
