import type { EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";
import type { ContactDiscoveryInput, ContactDiscoveryOutput } from "../../workers/discovery/src/graphs/contact-discovery/discovery-schemas.ts";

/** What a correct run finds on a fixture site. */
export interface DiscoveryReference {
  /** People the site lists (display names). */
  readonly people: readonly string[];
  /** True when `people` is the whole list, so any other contact is a false positive. */
  readonly exhaustive: boolean;
  /** Titles that must be read exactly, by person. */
  readonly titles?: Readonly<Record<string, string>>;
  readonly pattern: string | null;
  readonly mx_status: string | null;
  readonly skip_reason: string | null;
  /** Pages that must be skipped, by path, with the reason. */
  readonly page_skips?: readonly { readonly path: string; readonly reason: string }[];
  /** At least this many contacts (large sites where listing every name is pointless). */
  readonly min_contacts?: number;
}

export type DiscoveryEvaluator = Evaluator<ContactDiscoveryOutput, ContactDiscoveryInput, DiscoveryReference>;

const result = (key: string, pass: boolean, reason: string): EvalResult => ({ key, score: pass ? 1 : 0, reason });
const names = (output: ContactDiscoveryOutput) => output.contacts.map((c) => c.name);

/**
 * Share of the reference people found (1 when none are expected).
 *
 * @example
 * peopleRecall({ output: { contacts: [] } }, { reference: { people: ["Ada Example"] } }).score; // 0
 */
export const peopleRecall: DiscoveryEvaluator = ({ output }, { reference }) => {
  const found = new Set(names(output));
  const missing = reference.people.filter((p) => !found.has(p));
  const score = reference.people.length ? (reference.people.length - missing.length) / reference.people.length : 1;
  return { key: "people_recall", score, reason: missing.length ? `missing: ${missing.join(", ")}` : `${reference.people.length} found` };
};

/**
 * For exhaustive references: share of contacts that are real people on the site (headings, "Our Team" are errors).
 *
 * @example
 * peoplePrecision({ output: { contacts: [{ name: "Unser Team" }] } }, { reference: { people: [], exhaustive: true } }).score; // 0
 */
export const peoplePrecision: DiscoveryEvaluator = ({ output }, { reference }) => {
  if (!reference.exhaustive || output.contacts.length === 0) return result("people_precision", true, "not exhaustive or no contacts");
  const extra = names(output).filter((n) => !reference.people.includes(n));
  return { key: "people_precision", score: (output.contacts.length - extra.length) / output.contacts.length, reason: extra.length ? `unexpected: ${extra.join(", ")}` : "no extras" };
};

/**
 * The reference titles are read exactly (charset, entities, markup kind).
 *
 * @example
 * titles({ output: { contacts: [{ name: "Ada Example", title: "CTO" }] } }, { reference: { titles: { "Ada Example": "CEO" } } }).score; // 0
 */
export const titles: DiscoveryEvaluator = ({ output }, { reference }) => {
  const expected = Object.entries(reference.titles ?? {});
  const wrong = expected.filter(([name, title]) => output.contacts.find((c) => c.name === name)?.title !== title);
  const score = expected.length ? (expected.length - wrong.length) / expected.length : 1;
  return { key: "titles", score, reason: wrong.length ? `wrong: ${wrong.map(([n]) => n).join(", ")}` : `${expected.length} right` };
};

/**
 * Enough contacts on a large site.
 *
 * @example
 * minContacts({ output: { contacts: [] } }, { reference: { min_contacts: 5 } }).score; // 0
 */
export const minContacts: DiscoveryEvaluator = ({ output }, { reference }) =>
  result("min_contacts", output.contacts.length >= (reference.min_contacts ?? 0), `${output.contacts.length} contact(s), need ${reference.min_contacts ?? 0}`);

/**
 * Every contact carries provenance: an on-site source URL and the run's observed_at.
 *
 * @example
 * provenance({ output: { domain: "acme.io", observed_at: "…", contacts: [{ sources: [] }] } }, example).score; // 0
 */
export const provenance: DiscoveryEvaluator = ({ output }) => {
  const bad = output.contacts.filter((c) => c.sources.length === 0 || c.sources.some((s) => s.observed_at !== output.observed_at || !new URL(s.url).hostname.endsWith(output.domain)));
  return result("provenance", bad.length === 0 && /^contact-discovery-v\d+$/.test(output.prompt_version), bad.length ? `no/odd provenance: ${bad[0]!.name}` : `${output.contacts.length} with provenance, ${output.prompt_version}`);
};

/**
 * The address pattern inferred from the site matches the reference.
 *
 * @example
 * pattern({ output: { email_pattern: null } }, { reference: { pattern: "first.last" } }).score; // 0
 */
export const pattern: DiscoveryEvaluator = ({ output }, { reference }) =>
  result("pattern", (output.email_pattern?.pattern ?? null) === reference.pattern, `${output.email_pattern?.pattern ?? null} vs ${reference.pattern}`);

/**
 * MX status and skip reason are as expected.
 *
 * @example
 * dnsAndSkip({ output: { mx: { status: "mx" }, skip_reason: null } }, { reference: { mx_status: "null_mx", skip_reason: null } }).score; // 0
 */
export const dnsAndSkip: DiscoveryEvaluator = ({ output }, { reference }) =>
  result("dns_and_skip", (output.mx?.status ?? null) === reference.mx_status && output.skip_reason === reference.skip_reason, `mx=${output.mx?.status ?? null} skip=${output.skip_reason}`);

/**
 * Pages that must be skipped are, for the right reason (robots, off-site redirect, loop…).
 *
 * @example
 * pageSkips({ output: { pages: [] } }, { reference: { page_skips: [{ path: "/intern", reason: "robots_disallowed" }] } }).score; // 0
 */
export const pageSkips: DiscoveryEvaluator = ({ output }, { reference }) => {
  const expected = reference.page_skips ?? [];
  const missing = expected.filter(({ path, reason }) => !output.pages.some((p) => new URL(p.url).pathname === path && p.outcome === "skipped" && p.reason === reason));
  return { key: "page_skips", score: expected.length ? (expected.length - missing.length) / expected.length : 1, reason: missing.length ? `not skipped as expected: ${missing.map((m) => m.path).join(", ")}` : `${expected.length} as expected` };
};

/**
 * Inferred addresses are at the company domain, and there are none when DNS says it takes no mail.
 *
 * @example
 * inferredAddresses({ output: { domain: "acme.io", mx: { accepts_mail: false }, contacts: [{ emails: [{ source: "inferred", … }] }] } }, example).score; // 0
 */
export const inferredAddresses: DiscoveryEvaluator = ({ output }) => {
  const inferred = output.contacts.flatMap((c) => c.emails.filter((e) => e.source === "inferred"));
  const offDomain = inferred.filter((e) => !e.address.endsWith(`@${output.domain}`));
  const forbidden = output.mx?.accepts_mail === false && inferred.length > 0;
  return result("inferred_addresses", offDomain.length === 0 && !forbidden, forbidden ? "inferred despite no mail" : offDomain.length ? `off-domain: ${offDomain[0]!.address}` : `${inferred.length} inferred`);
};

/**
 * Policy: no person or address comes from GitHub (AUP §7, sales.md §0.2).
 *
 * @example
 * noGithubPeople({ output: { contacts: [{ sources: [{ url: "https://github.com/x" }] }] } }, example).score; // 0
 */
export const noGithubPeople: DiscoveryEvaluator = ({ output }) => {
  const fromGithub = output.contacts.some((c) => c.sources.some((s) => /(^|\.)github\.com$/.test(new URL(s.url).hostname))) || output.addresses.some((a) => /github/.test(new URL(a.source_url).hostname));
  return result("no_github_people", !fromGithub, fromGithub ? "a contact or address sourced from GitHub" : "none from GitHub");
};

/** Every deterministic evaluator for contact_discovery, in report order. */
export const evaluators: readonly DiscoveryEvaluator[] = [peopleRecall, peoplePrecision, titles, minContacts, provenance, pattern, dnsAndSkip, pageSkips, inferredAddresses, noGithubPeople];
