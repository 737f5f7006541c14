/** A city name shared by real cities in more than one country. */
export interface AmbiguousCity {
  /** Names, canonical first. */
  readonly names: readonly string[];
  readonly countries: readonly string[];
  /**
   * The country meant when nothing else in the string decides, if one reading
   * clearly dominates company locations; absent when it is a toss-up.
   */
  readonly dominant?: string;
}

/**
 * Cities whose name alone does not pin a country. "London, Ontario" and
 * "Cambridge, MA" are decided by the other parts; bare "London" falls back to
 * the dominant reading, bare "Cambridge" stays undecided.
 *
 * @example
 * AMBIGUOUS_CITIES.find((c) => c.names[0] === "Cambridge")?.dominant // undefined
 */
export const AMBIGUOUS_CITIES: readonly AmbiguousCity[] = [
  { names: ["London"], countries: ["GB", "CA", "US"], dominant: "GB" },
  { names: ["Cambridge"], countries: ["GB", "US"] },
  { names: ["Birmingham"], countries: ["GB", "US"], dominant: "GB" },
  { names: ["Durham"], countries: ["GB", "US"] },
  { names: ["Richmond"], countries: ["US", "GB", "CA"], dominant: "US" },
  { names: ["Rochester"], countries: ["US", "GB"], dominant: "US" },
  { names: ["Hamilton"], countries: ["CA", "NZ", "BM"] },
  { names: ["Waterloo"], countries: ["CA", "BE", "GB"] },
  { names: ["Kingston"], countries: ["JM", "CA", "GB"] },
  { names: ["Halifax"], countries: ["CA", "GB"], dominant: "CA" },
  { names: ["Victoria"], countries: ["CA", "SC"] },
  { names: ["Perth"], countries: ["AU", "GB"], dominant: "AU" },
  { names: ["Newport"], countries: ["GB", "US"] },
  { names: ["Dublin"], countries: ["IE", "US"], dominant: "IE" },
  { names: ["Athens", "Αθήνα", "Athina"], countries: ["GR", "US"], dominant: "GR" },
  { names: ["Rome", "Roma"], countries: ["IT", "US"], dominant: "IT" },
  { names: ["Alexandria"], countries: ["EG", "US"] },
  { names: ["Valencia"], countries: ["ES", "VE"], dominant: "ES" },
  { names: ["Córdoba"], countries: ["AR", "ES"] },
  { names: ["Guadalajara"], countries: ["MX", "ES"], dominant: "MX" },
  { names: ["San José", "San Jose"], countries: ["US", "CR"], dominant: "US" },
  { names: ["Panama City"], countries: ["PA", "US"], dominant: "PA" },
  { names: ["San Juan"], countries: ["PR", "AR"], dominant: "PR" },
  { names: ["Hyderabad"], countries: ["IN", "PK"], dominant: "IN" },
  { names: ["Saint Petersburg", "St. Petersburg", "Санкт-Петербург"], countries: ["RU", "US"], dominant: "RU" },
];
