/** What a schema.org Organization (or subtype) node says. */
export interface OrgFacts {
  readonly name: string | null;
  readonly legalName: string | null;
  readonly description: string | null;
  readonly address: Record<string, unknown> | string | null;
  readonly numberOfEmployees: unknown;
  readonly sameAs: string[];
}

/** Node types that are not the company even when they carry a name. */
const NOT_ORG = /(^|[/:#])(Person|WebSite|WebPage|BreadcrumbList|ImageObject|SiteNavigationElement|SearchAction|ListItem|Offer|Product|Article|BlogPosting|FAQPage|Question|Answer|PostalAddress|PropertyValue|QuantitativeValue|DefinedTerm|ContactPoint)$/;
/** Common organization types (schema.org has hundreds of LocalBusiness subtypes; an address marks the rest). */
const ORG = /(^|[/:#])(Organization|Corporation|LocalBusiness|NGO|EducationalOrganization|MedicalOrganization|Store|\w+Store|Dentist|Physician|ProfessionalService|Restaurant|Hotel|Brand)$/;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
const text = (value: unknown): string | null => strings(value).map((s) => s.trim()).find(Boolean) ?? null;

/**
 * Organization nodes in parsed JSON-LD, wherever they are (`@graph`,
 * nested `publisher`, `worksFor`…), first the most complete. A node counts
 * when its type is an organization type, or it has a name and an address
 * and is not a known non-organization type. Pure.
 *
 * @example
 * orgsFromJsonLd([{ "@type": "Dentist", name: "Greenleaf", address: { addressLocality: "Bristol" } }])[0]?.name; // "Greenleaf"
 */
export function orgsFromJsonLd(values: readonly unknown[]): OrgFacts[] {
  const found: OrgFacts[] = [];
  let budget = 5_000;
  const walk = (value: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > 8 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach((v) => walk(v, depth + 1));
    const node = value as Record<string, unknown>;
    const types = strings(node["@type"]);
    const isOrg = types.some((t) => ORG.test(t)) || (!types.some((t) => NOT_ORG.test(t)) && types.length > 0 && node.name !== undefined && node.address !== undefined);
    if (isOrg) {
      const address = node.address;
      found.push({
        name: text(node.name),
        legalName: text(node.legalName),
        description: text(node.description),
        address: typeof address === "string" || (address && typeof address === "object" && !Array.isArray(address)) ? (address as OrgFacts["address"]) : Array.isArray(address) ? ((address[0] as OrgFacts["address"]) ?? null) : null,
        numberOfEmployees: node.numberOfEmployees ?? null,
        sameAs: strings(node.sameAs),
      });
    }
    for (const [key, child] of Object.entries(node)) if (key !== "@context") walk(child, depth + 1);
  };
  walk(values, 0);
  const completeness = (o: OrgFacts) => [o.name, o.description, o.address, o.numberOfEmployees].filter((v) => v !== null).length;
  return found.map((o, i) => ({ o, i })).sort((a, b) => completeness(b.o) - completeness(a.o) || a.i - b.i).map(({ o }) => o);
}
