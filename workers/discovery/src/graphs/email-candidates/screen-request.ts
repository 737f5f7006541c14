import type { EmailCandidatesInput, SkipReason } from "./candidate-schemas.ts";
import { companyDomain } from "./company-domain.ts";
import { domainFlags, type DomainFlags } from "./domain-flags.ts";
import type { NameParts } from "./email-patterns.ts";
import { normalizeName } from "./normalize-name.ts";

export interface Screened {
  /** Registrable domain, or the trimmed, lowercased input when it is not one. */
  readonly domain: string;
  readonly flags: DomainFlags;
  /** Null exactly when candidates can be generated. */
  readonly skip_reason: SkipReason | null;
  readonly name: NameParts | null;
}

const NO_FLAGS: DomainFlags = { free_mail: false, disposable: false };

/**
 * Decides whether a request can yield candidates, and normalises what it
 * needs: the domain (registrable, flagged) and the name parts. Checks run
 * domain first, so a free-mail domain is reported even for an odd name.
 *
 * @example
 * screenRequest({ person: { first_name: "Ada", last_name: "Example" }, domain: "www.acme.io" });
 * // { domain: "acme.io", flags: { free_mail: false, disposable: false }, skip_reason: null, name: { first: "ada", last: "example" } }
 * screenRequest({ person: { first_name: "Ada", last_name: "Example" }, domain: "gmail.com" }).skip_reason;
 * // "free_mail_domain"
 */
export function screenRequest({ person, domain: raw }: EmailCandidatesInput): Screened {
  const checked = companyDomain(raw);
  if (!checked.ok) return { domain: raw.trim().toLowerCase(), flags: NO_FLAGS, skip_reason: checked.reason, name: null };
  const flags = domainFlags(checked.domain);
  const name = normalizeName(person);
  const skip_reason: SkipReason | null = flags.disposable
    ? "disposable_domain"
    : flags.free_mail
      ? "free_mail_domain"
      : name
        ? null
        : "unusable_name";
  return { domain: checked.domain, flags, skip_reason, name };
}
