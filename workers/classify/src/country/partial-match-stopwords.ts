/**
 * Place names that are also everyday words or first names. They count when
 * they are a whole part ("Reading, UK") but are not picked out of longer text,
 * where "Nice Software" or "Reading Materials" would otherwise become places.
 *
 * @example
 * PARTIAL_MATCH_STOPWORDS.has("reading") // true
 */
export const PARTIAL_MATCH_STOPWORDS: ReadonlySet<string> = new Set([
  "nice", "reading", "bath", "split", "mobile", "male", "chad", "jordan", "turkey", "jersey", "georgia",
  "guinea", "mali", "reunion", "victoria", "phoenix", "mesa", "providence", "cork", "buffalo", "salvador",
  "charlotte", "regina", "sofia", "florence", "madison", "austin", "irving", "essen", "zug", "rio", "canton",
  "kerry", "durham", "hamilton", "kingston",
]);
