import { buildMessages, trusted, type ChatMessage, type TrustedText } from "@agentic-sales/shared/gateway";
import type { EmailOutreachInput } from "./outreach-schemas.ts";
import { touchStage, type TouchStage } from "./touch-stage.ts";

/** Must equal the registry row's `promptVersion`; bump on any change to the templates below. */
export const PROMPT_VERSION = "outreach-v1";

/** Our instructions only: nothing from the contact, company or sender records is ever placed here. */
export const SYSTEM_PROMPT = trusted`You write one short, plain-text B2B outreach email in a multi-touch sequence.
Prompt version: ${PROMPT_VERSION}.

The user message gives the touch's stage, then the recipient (contact), their company, the sender and the
subjects already used, each as JSON in its own data block.

Rules:
- Greet the recipient by first name when one is given, else write "Hello,".
- Stage first: introduce the sender and end with one soft question; no links.
- Stage middle: one concrete value statement, then ask for a meeting; include the sender's calendar_link verbatim if one is given.
- Stage last: a polite break-up: say you will not follow up again and that a reply is welcome; no links.
- Never reuse a subject from previous_subjects. Subject: one line, under 80 characters.
- Include no URL other than the calendar_link. No attachments, no tracking, no false urgency, no claims not in the data.
- Sign with the sender's name, company and postal_address, each on its own line.
- Under 150 words.

Return STRICT JSON, no prose: {"subject": string, "body": string, "confidence": number_between_0_and_1}`;

/** The per-call stage line (trusted: it is chosen by the step, never read from a record). */
export const STAGE_TEMPLATES: Readonly<Record<TouchStage, TrustedText>> = {
  first: trusted`first (introduction, soft question)`,
  middle: trusted`middle (value, ask for a meeting)`,
  last: trusted`last (polite break-up)`,
};

/**
 * The chat messages of one compose call, through `buildMessages`: trusted
 * instructions in `system`, the stage line at the head of the user message,
 * and the records as quoted `<data>` blocks. Contact and company records were
 * scraped or imported, so they are untrusted; the sender block is the
 * campaign owner's configuration. The contact's email address is left out
 * (the model does not need it). Pure: same input, same messages.
 *
 * @example
 * outreachMessages(input)[1].content; // "Touch 1 of 3, stage: first (…).\n\nQuoted data follows. …\n\n<data label=\"contact\" trust=\"untrusted\">…"
 */
export function outreachMessages(input: EmailOutreachInput): ChatMessage[] {
  const stage = touchStage(input.step, input.max_touches);
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return buildMessages({
    system: SYSTEM_PROMPT,
    instructions: [trusted`Touch ${input.step + 1} of ${input.max_touches}, stage: ${STAGE_TEMPLATES[stage]}.`],
    data: [
      { label: "contact", trust: "untrusted", text: json({ first_name: input.contact.first_name ?? null, last_name: input.contact.last_name ?? null, title: input.contact.title ?? null }) },
      { label: "company", trust: "untrusted", text: json(input.company) },
      { label: "sender", trust: "trusted", text: json(input.sender) },
      // Earlier subjects were composed from the same untrusted records.
      { label: "previous_subjects", trust: "untrusted", text: json(input.previous_subjects ?? []) },
    ],
  });
}
