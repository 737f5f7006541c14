import { foldText } from "@agentic-sales/shared/web";

export const DEPARTMENTS = ["executive", "engineering", "sales", "marketing", "finance", "operations", "hr", "product", "customer"] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** Title words per department over folded text (EN, DE, FR, ES); a title may name several. */
export const DEPARTMENT_RULES: Readonly<Record<Department, RegExp>> = {
  executive: /\b(ceo|chief executive|founder|co founder|cofounder|owner|president|inhaber(in)?|geschaftsfuhrer(in)?|managing director|general manager|pdg|directeur general|directrice generale|gerant(e)?|fondat(eur|rice)|director(a)? general|fundador(a)?)\b/,
  engineering: /(\b(cto|engineering|engineer|developer|software|technik|technical|tecnic[oa]|technique|it|devops|data|scientist|ingenieur(in)?|ingenier[oa])\b|entwickl)/,
  sales: /(\b(sales|commercial|comercial|ventas|account executive|business development|cro|revenue)\b|vertrieb|verkauf)/,
  marketing: /\b(marketing|cmo|growth|brand|communications?|kommunikation|comunicacion)\b/,
  finance: /(\b(cfo|finance|financial|finanzas|controlling|controller|comptabilite|contabilidad|accounting)\b|finanz|buchhalt)/,
  operations: /(\b(coo|operations|logistics|logistique|logistica|logistik|supply chain|production|produccion|produktion|atelier|practice manager|office manager)\b|betrieb)/,
  hr: /\b(hr|human resources|people|personal|recruiting|recruiter|talent|rrhh|ressources humaines)\b/,
  product: /(\b(product|cpo|produit|producto)\b|produkt)/,
  customer: /\b(customer success|customer service|support|kundenservice|service client|atencion al cliente)\b/,
};

/**
 * The departments a job title names, in DEPARTMENTS order.
 *
 * @example
 * departmentsOf("CTO, Leiter Entwicklung"); // ["engineering"]
 * departmentsOf("Vertriebsleiterin");       // ["sales"]
 * departmentsOf("Fondatrice et directrice générale"); // ["executive"]
 */
export function departmentsOf(title: string | null | undefined): Department[] {
  const folded = foldText(title ?? "");
  return DEPARTMENTS.filter((d) => DEPARTMENT_RULES[d].test(folded));
}
