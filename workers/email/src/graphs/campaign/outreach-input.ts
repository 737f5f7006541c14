import type { ThreadContext } from "../../campaign/thread-context.ts";
import type { EmailOutreachInput } from "../email-outreach/outreach-schemas.ts";

/**
 * The email_outreach input for the thread's next touch, from its context.
 * A company without a name is named by its domain (the contact's, when the
 * company row is missing), so a touch never says "null".
 *
 * @example
 * outreachInputOf(ctx, { step: 1, previous_subjects: ["Quick question for Example Co"] }).step; // 1
 */
export function outreachInputOf(ctx: ThreadContext, s: { step: number; previous_subjects: readonly string[] }): EmailOutreachInput {
  const { contact, company, campaign } = ctx;
  const domain = company.domain ?? contact.email.split("@")[1] ?? "";
  const opt = <K extends string>(key: K, value: string | null) => (value ? ({ [key]: value } as Record<K, string>) : {});
  return {
    contact: { email: contact.email, ...opt("first_name", contact.firstName), ...opt("last_name", contact.lastName), ...opt("title", contact.title) },
    company: { name: company.name ?? domain, domain, ...opt("industry", company.industry) },
    sender: campaign.sender,
    step: s.step,
    max_touches: campaign.settings.max_touches,
    previous_subjects: [...s.previous_subjects],
  };
}
