-- Recorded prior consent (opt-in) to cold B2B email. The country consent
-- policy (workers/email/src/campaign/country-rules.ts: DE, AT, CA, AU) lets
-- email_compose draft and the campaign guard send to a contact in such a
-- country only with a consent recorded here. Set by campaign enrollment
-- (`contacts[].prior_consent`); the first record is kept, never overwritten.
-- Rows of 0005 keep NULLs: no consent recorded.

-- When this system recorded the consent (ISO-8601 UTC); NULL = none recorded.
ALTER TABLE contacts ADD COLUMN prior_consent_at TEXT;
-- How it was obtained, as the enrolling user stated it (e.g. "webinar sign-up form, 2026-10-02").
ALTER TABLE contacts ADD COLUMN prior_consent_source TEXT;
-- When the person gave it, if the user knows (ISO-8601).
ALTER TABLE contacts ADD COLUMN prior_consent_given_at TEXT;
