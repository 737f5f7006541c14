import { foldText } from "@agentic-sales/shared/web";

/** Seniority levels, most senior first. */
export const SENIORITY_LEVELS = ["c_level", "vp", "manager", "senior", "individual", "unknown"] as const;
export type Seniority = (typeof SENIORITY_LEVELS)[number];

/** 5 for c_level down to 0 for unknown. */
export const seniorityRank = (level: Seniority): number => SENIORITY_LEVELS.length - 1 - SENIORITY_LEVELS.indexOf(level);

/**
 * Title rules over folded text (no accents, lower case), first match wins,
 * so "Vice President" is read before "President". German compounds match
 * by suffix ("Vertriebsleiterin" → leiterin, "Softwareentwickler" → entwickler).
 */
export const SENIORITY_RULES: ReadonlyArray<readonly [RegExp, Seniority]> = [
  [/\b(vice president|svp|evp|vp)\b/, "vp"],
  [/\b(chief|ceo|cto|cfo|coo|cmo|cro|cio|cpo|founder|co founder|cofounder|owner|president|inhaber(in)?|geschaftsfuhrer(in)?|managing director|general manager|vorstand|pdg|directeur general|directrice generale|gerant(e)?|fondat(eur|rice)|director(a)? general|consejer[oa] delegad[oa]|fundador(a)?)\b/, "c_level"],
  [/(\bhead\b|leiter(in)?\b|\bprokurist(in)?\b|\bdirect(or|ora|eur|rice)\b|\bjef[ea]\b)/, "vp"],
  [/\b(manager(in)?|lead|teamleiter(in)?|responsable|gerente|chef(fe)?|coordinat(or|eur|rice))\b/, "manager"],
  [/\b(senior|principal|staff|sr)\b/, "senior"],
  [/(\b(engineer|developer|analyst|specialist|consultant|designer|scientist|associate|assistant|nurse|hygienist|executive|representative|ingenieur(in)?|ingeniero|ingeniera|tecnico|technicien(ne)?)\b|entwickler(in)?\b|berater(in)?\b)/, "individual"],
];

/**
 * The seniority a job title states.
 *
 * @example
 * seniorityOf("CTO, Leiter Entwicklung"); // "c_level"
 * seniorityOf("Vertriebsleiterin");       // "vp"
 * seniorityOf("Data Scientist");          // "individual"
 * seniorityOf(null);                      // "unknown"
 */
export function seniorityOf(title: string | null | undefined): Seniority {
  const folded = foldText(title ?? "");
  return SENIORITY_RULES.find(([pattern]) => pattern.test(folded))?.[1] ?? "unknown";
}
