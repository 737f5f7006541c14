// The one country consent policy of the email worker: email_compose's
// `safety_gate`, the campaign `guard` (before every touch) and campaign
// enrollment all apply `countrySkip` to the same resolved country (the
// contact's, else the company's: `recipientCountry`).

/** What a country requires before cold B2B email. */
export interface CountryRule {
  readonly rule: "prior_consent";
  /** The law the row rests on, for the reviewer reading a skip reason. */
  readonly basis: string;
}

/**
 * Countries where this system does not send cold B2B email without a recorded
 * opt-in (`prior_consent`). A conservative policy table, not legal advice:
 * where a law allows implied or inferred consent (e.g. a conspicuously
 * published business address), that judgement is a person's, so without a
 * recorded consent we skip. Everywhere else an opt-out regime is assumed
 * (CAN-SPAM, PECR for corporate subscribers, …). Add a row to extend it.
 */
export const COUNTRY_RULES: Readonly<Record<string, CountryRule>> = {
  DE: { rule: "prior_consent", basis: "UWG §7(2): advertising by electronic mail needs prior express consent, B2B included" },
  AT: { rule: "prior_consent", basis: "TKG 2021 §174 (formerly TKG 2003 §107): e-mail advertising needs prior consent, B2B included" },
  CA: { rule: "prior_consent", basis: "CASL s.6: commercial electronic messages need express or implied consent" },
  AU: { rule: "prior_consent", basis: "Spam Act 2003 s.16: commercial e-mail needs express or inferred consent" },
};

/** The stable code of a skip (compose) or stop (campaign) by this policy, e.g. `country_requires_consent:DE`. */
export type CountrySkipReason = `country_requires_consent:${string}`;

/**
 * The skip reason a country's rule gives, or null when the touch may go ahead.
 * No country (unknown) or a country without a row: no rule applies (the
 * opt-out regime assumed above).
 *
 * @example
 * countrySkip("de", false); // "country_requires_consent:DE"
 * countrySkip("DE", true);  // null
 * countrySkip("US", false); // null
 */
export function countrySkip(country: string | null, priorConsent: boolean): CountrySkipReason | null {
  const code = country?.trim().toUpperCase() ?? "";
  if (!Object.hasOwn(COUNTRY_RULES, code) || priorConsent) return null;
  return `country_requires_consent:${code}`;
}

/**
 * The country whose rule applies to a recipient: the contact's, else the
 * company's (a blank value counts as unknown), upper-cased; null when neither
 * is known.
 *
 * @example
 * recipientCountry(null, "de"); // "DE"
 * recipientCountry("US", "DE"); // "US"
 * recipientCountry(" ", null);  // null
 */
export function recipientCountry(contactCountry: string | null | undefined, companyCountry: string | null | undefined): string | null {
  for (const country of [contactCountry, companyCountry]) {
    const code = country?.trim().toUpperCase();
    if (code) return code;
  }
  return null;
}
