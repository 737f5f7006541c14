/** One do-not-contact entry (`do_not_contact` row): values are lower-cased. */
export interface DncRule {
  readonly kind: "address" | "domain" | "pattern";
  readonly value: string;
}

/** `*` = any run of characters, `?` = one character; everything else literal. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .toLowerCase()
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${body}$`);
}

/**
 * The domain and every parent of it: what a `domain` rule may name.
 *
 * @example
 * domainSuffixes("a@mail.example.co.uk"); // ["mail.example.co.uk", "example.co.uk", "co.uk", "uk"]
 */
export function domainSuffixes(email: string): string[] {
  const domain = email.toLowerCase().split("@").pop() ?? "";
  const labels = domain.split(".");
  return labels.map((_, i) => labels.slice(i).join(".")).filter(Boolean);
}

/**
 * The first rule that forbids writing to `email`, or null. A `domain` rule
 * covers its subdomains; a `pattern` is a glob over the whole address
 * (`*@*.gov`, `support@*`).
 *
 * @example
 * dncMatch("ada@agency.gov", [{ kind: "pattern", value: "*@*.gov" }]); // { kind: "pattern", value: "*@*.gov" }
 * dncMatch("ada@example.com", [{ kind: "domain", value: "example.org" }]); // null
 */
export function dncMatch(email: string, rules: readonly DncRule[]): DncRule | null {
  const address = email.trim().toLowerCase();
  const suffixes = new Set(domainSuffixes(address));
  for (const rule of rules) {
    const value = rule.value.toLowerCase();
    if (rule.kind === "address" && value === address) return rule;
    if (rule.kind === "domain" && suffixes.has(value)) return rule;
    if (rule.kind === "pattern" && globToRegExp(value).test(address)) return rule;
  }
  return null;
}
