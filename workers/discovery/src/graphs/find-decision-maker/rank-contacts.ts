import { foldText } from "@agentic-sales/shared/web";
import type { ContactIn, Persona, RankedContact } from "./decision-schemas.ts";
import { departmentsOf, type Department } from "./department.ts";
import { seniorityOf, seniorityRank, SENIORITY_LEVELS } from "./seniority.ts";

/** Weights of the three signals; they sum to 1. Department fit matters most: the wrong department cannot buy. */
export const WEIGHTS = { department: 0.5, seniority: 0.35, keyword: 0.15 } as const;
/** A top contact scoring below this is not called a decision maker. */
export const DECISION_THRESHOLD = 0.5;
/** Score multiplier for contacts below the persona's minimum seniority. */
export const BELOW_MIN_PENALTY = 0.3;

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Scores one contact against a persona with reasons. Department: 1 on a
 * match, 0.5 for an executive when the persona names departments (in small
 * companies the founder signs), 0.5 for everyone when it names none.
 * Seniority: rank / 5. Keyword: 1 when a persona keyword is in the title.
 * Below `min_seniority` the score is multiplied by 0.3. Pure.
 *
 * @example
 * scoreContact({ name: "Ada Example", title: "VP Engineering" }, 0, { departments: ["engineering"], title_keywords: [] });
 * // { index: 0, name: "Ada Example", score: 0.78, seniority: "vp", departments: ["engineering"], reasons: ["department engineering matches", "seniority vp (4/5)"] … }
 */
export function scoreContact(contact: ContactIn, index: number, persona: Pick<Persona, "departments" | "title_keywords" | "min_seniority">): RankedContact {
  const title = contact.title?.trim() || null;
  const seniority = seniorityOf(title);
  const departments = departmentsOf(title);
  const reasons: string[] = [];
  const wanted = new Set<Department>(persona.departments);
  const matched = departments.filter((d) => wanted.has(d));
  let department = 0.5;
  if (wanted.size > 0) {
    department = matched.length > 0 ? 1 : departments.includes("executive") ? 0.5 : 0;
    reasons.push(matched.length > 0 ? `department ${matched.join(", ")} matches` : departments.includes("executive") ? "executive: signs off across departments" : `department ${departments.join(", ") || "unknown"} not in persona`);
  }
  const rank = seniorityRank(seniority);
  reasons.push(`seniority ${seniority} (${rank}/5)`);
  const folded = foldText(title ?? "");
  const keyword = persona.title_keywords.find((k) => folded.includes(foldText(k)));
  if (keyword) reasons.push(`title mentions "${keyword.slice(0, 60)}"`);
  let score = WEIGHTS.department * department + WEIGHTS.seniority * (rank / 5) + WEIGHTS.keyword * (keyword ? 1 : 0);
  if (persona.min_seniority && rank < seniorityRank(persona.min_seniority)) {
    score *= BELOW_MIN_PENALTY;
    reasons.push(`below minimum seniority ${persona.min_seniority}`);
  }
  if (!title) reasons.push("no title on the site");
  return { index, name: contact.name, title, score: round4(score), seniority, departments, reasons };
}

/**
 * Contacts ranked for a persona: score, then seniority, then input order. Pure.
 *
 * @example
 * rankContacts([{ name: "A B", title: "Engineer" }, { name: "C D", title: "CTO" }], { departments: ["engineering"], title_keywords: [] }, 5)[0]?.name; // "C D"
 */
export function rankContacts(contacts: readonly ContactIn[], persona: Pick<Persona, "departments" | "title_keywords" | "min_seniority">, limit: number): RankedContact[] {
  return contacts
    .map((c, i) => scoreContact(c, i, persona))
    .sort((a, b) => b.score - a.score || SENIORITY_LEVELS.indexOf(a.seniority) - SENIORITY_LEVELS.indexOf(b.seniority) || a.index - b.index)
    .slice(0, limit);
}
