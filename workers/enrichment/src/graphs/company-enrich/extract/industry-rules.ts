import { foldText } from "@agentic-sales/shared/web";

/** Industry labels (a small, stable taxonomy; finer codes belong to a dedicated classifier). */
export const INDUSTRIES = {
  software: ["software", "saas", "platform", "analytics", "cloud", "app", "api", "plataforma"],
  industrial_automation: ["robotik", "robotics", "robot", "roboter", "automation", "automatisierung", "intralogistik", "greifer", "fertigung", "manufacturing"],
  energy: ["solar", "fotovoltaica", "fotovoltaicas", "photovoltaik", "photovoltaic", "energia", "energy", "energie", "renewable", "autoconsumo"],
  healthcare: ["dental", "dentist", "dentistry", "clinic", "klinik", "praxis", "patients", "nhs", "orthodontics", "health", "medical"],
  apparel: ["pret a porter", "fashion", "mode", "confection", "clothing", "textile", "soie", "silk", "couture", "moda"],
  retail_ecommerce: ["shop", "boutique", "e shop", "online store", "tienda", "onlineshop"],
  logistics: ["logistics", "logistik", "freight", "shipping", "spedition", "warehouse", "lager", "supply chain"],
  maritime: ["harbour", "harbor", "marina", "berth", "port", "hafen"],
  finance: ["bank", "insurance", "fintech", "versicherung", "payments", "lending"],
  professional_services: ["consulting", "beratung", "agency", "agentur", "law firm", "kanzlei", "accounting", "security consulting"],
} as const satisfies Record<string, readonly string[]>;
export type Industry = keyof typeof INDUSTRIES;

export interface IndustryGuess {
  readonly label: Industry;
  /** Share of all keyword hits that went to this label, in [0, 1]. */
  readonly confidence: number;
  readonly keywords: string[];
}

const PATTERNS = Object.entries(INDUSTRIES).map(([label, words]) => ({
  label: label as Industry,
  words: words.map((w) => ({ word: w, re: new RegExp(`(^| )${foldText(w)}( |$)`) })),
}));

/**
 * The industry a company's own words point to: keyword hits per label over
 * folded text (title, descriptions, about text), one hit per distinct
 * keyword; the label with most hits wins, ties by table order. Null without
 * any hit. Pure.
 *
 * @example
 * industryOf("Kollaborative Roboterzellen und Greifsysteme für Intralogistik"); // { label: "industrial_automation", confidence: 1, keywords: ["intralogistik", …] }
 */
export function industryOf(text: string): IndustryGuess | null {
  const folded = foldText(text);
  const hits = PATTERNS.map(({ label, words }) => ({ label, keywords: words.filter((w) => w.re.test(folded)).map((w) => w.word) }));
  const total = hits.reduce((n, h) => n + h.keywords.length, 0);
  const best = hits.reduce((a, b) => (b.keywords.length > a.keywords.length ? b : a));
  if (best.keywords.length === 0) return null;
  return { label: best.label, confidence: Math.round((best.keywords.length / total) * 1000) / 1000, keywords: best.keywords };
}
