export interface EmployeeCount {
  readonly min: number;
  readonly max: number;
  /** `json-ld`: schema.org numberOfEmployees; `text`: "85 Mitarbeiter", "team of 14". */
  readonly method: "json-ld" | "text";
}

const num = (v: unknown): number | null => {
  const n = typeof v === "string" ? Number(v.replace(/[^\d.]/g, "")) : typeof v === "number" ? v : NaN;
  return Number.isFinite(n) && n > 0 && n < 5_000_000 ? Math.round(n) : null;
};

/**
 * Headcount from schema.org `numberOfEmployees`: a number, or a
 * QuantitativeValue with `value` or `minValue`/`maxValue`. Pure.
 *
 * @example
 * employeesFromJsonLd({ "@type": "QuantitativeValue", minValue: 51, maxValue: 200 }); // { min: 51, max: 200, method: "json-ld" }
 * employeesFromJsonLd(14);                                                          // { min: 14, max: 14, method: "json-ld" }
 */
export function employeesFromJsonLd(value: unknown): EmployeeCount | null {
  const exact = num(value);
  if (exact !== null) return { min: exact, max: exact, method: "json-ld" };
  if (!value || typeof value !== "object") return null;
  const q = value as Record<string, unknown>;
  const v = num(q.value);
  if (v !== null) return { min: v, max: v, method: "json-ld" };
  const min = num(q.minValue);
  const max = num(q.maxValue);
  if (min === null && max === null) return null;
  return { min: min ?? max!, max: max ?? min!, method: "json-ld" };
}

/** "<n> <word>" and "team of <n>" phrasings in EN, DE, FR, ES. */
const PHRASES = [
  /(\d{1,3}(?:[.,\s]\d{3})*|\d+)\s+(?:employees|staff|people|team members|mitarbeiter(?:innen)?|mitarbeitende|beschaftigte|salaries|collaborateurs|empleados|trabajadores)\b/i,
  /\b(?:team|equipe|equipo) (?:of|de) (\d{1,5})\b/i,
];

/**
 * Headcount stated in prose ("rund 85 Mitarbeiter", "we are a team of 14").
 * Pure; expects folded or plain text.
 *
 * @example
 * employeesFromText("Heute arbeiten rund 85 Mitarbeiter bei uns"); // { min: 85, max: 85, method: "text" }
 */
export function employeesFromText(text: string): EmployeeCount | null {
  for (const pattern of PHRASES) {
    const n = num(pattern.exec(text)?.[1]?.replace(/[.,\s]/g, ""));
    if (n !== null) return { min: n, max: n, method: "text" };
  }
  return null;
}
