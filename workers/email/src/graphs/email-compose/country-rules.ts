// The country consent policy lives in one place, shared with the campaign
// guard: workers/email/src/campaign/country-rules.ts. This module only keeps
// the compose-side import path; it holds no rules of its own.
export { COUNTRY_RULES, countrySkip, type CountryRule, type CountrySkipReason } from "../../campaign/country-rules.ts";
