import { companyDomain } from "../email-candidates/company-domain.ts";
import { domainFlags, type DomainFlags } from "../email-candidates/domain-flags.ts";

export type DomainSkip = "invalid_domain" | "ip_address" | "free_mail_domain" | "disposable_domain";

export interface ScreenedDomain {
  readonly domain: string;
  readonly flags: DomainFlags;
  /** Null when the domain can be crawled: a company's own registrable domain. */
  readonly skip_reason: DomainSkip | null;
}

/**
 * Whether a domain is a company site worth crawling: a registrable ICANN
 * domain, not an IP, not a free-mail or disposable provider (gmail.com has
 * no team page of the person's employer). Reuses email_candidates' checks.
 *
 * @example
 * screenDomain("https://www.Acme.io/about"); // { domain: "acme.io", flags: { free_mail: false, disposable: false }, skip_reason: null }
 * screenDomain("gmail.com").skip_reason;    // "free_mail_domain"
 */
export function screenDomain(raw: string): ScreenedDomain {
  const checked = companyDomain(raw);
  if (!checked.ok) return { domain: raw.trim().toLowerCase(), flags: { free_mail: false, disposable: false }, skip_reason: checked.reason };
  const flags = domainFlags(checked.domain);
  const skip_reason = flags.disposable ? "disposable_domain" : flags.free_mail ? "free_mail_domain" : null;
  return { domain: checked.domain, flags, skip_reason };
}
