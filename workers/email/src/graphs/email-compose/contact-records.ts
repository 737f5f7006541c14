// The contact and company rows email_compose hydrates from (schema:
// migrations/0005_sales_core.sql). Read-only; lives beside the graph because
// stores/sql.ts belongs to the campaign engine, which does not read countries.
export const SELECT_CONTACT_RECORD = `
SELECT ct.contact_id, ct.company_id, ct.email, ct.first_name, ct.last_name, ct.title, ct.country, ct.status, ct.prior_consent_at,
       co.name AS company_name, co.domain AS company_domain, co.industry AS company_industry, co.country AS company_country
  FROM contacts ct
  LEFT JOIN companies co ON co.company_id = ct.company_id
 WHERE ct.contact_id = ?1`;

/** A `SELECT_CONTACT_RECORD` row. */
export interface ContactRecord {
  readonly contact_id: string;
  readonly company_id: string | null;
  readonly email: string;
  readonly first_name: string | null;
  readonly last_name: string | null;
  readonly title: string | null;
  readonly country: string | null;
  readonly status: "active" | "bounced" | "unsubscribed";
  /** When prior consent was recorded (migrations/0009); null = none. */
  readonly prior_consent_at: string | null;
  readonly company_name: string | null;
  readonly company_domain: string | null;
  readonly company_industry: string | null;
  readonly company_country: string | null;
}

/**
 * Reads a contact with its company for email_compose's `hydrate`.
 *
 * @example
 * await new ContactRecords(env.DB).load("ct_1"); // { contact_id: "ct_1", email: "ada@example.com", status: "active", company_name: "Example Co", … } or null
 */
export class ContactRecords {
  constructor(private readonly db: D1Database) {}

  /** The contact and its company, or null when there is no such contact. */
  async load(contactId: string): Promise<ContactRecord | null> {
    return this.db.prepare(SELECT_CONTACT_RECORD).bind(contactId).first<ContactRecord>();
  }
}
