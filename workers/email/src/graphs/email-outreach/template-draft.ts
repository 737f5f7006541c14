import type { EmailOutreachInput, ModelDraft } from "./outreach-schemas.ts";
import { touchStage } from "./touch-stage.ts";

/** Confidence of a template draft that greets by name, and of one that cannot. */
const CONFIDENCE_NAMED = 0.9;
const CONFIDENCE_GENERIC = 0.6;

/** Follow-up subjects, in order; the first not already used is taken. `{company}` is the company's name. */
export const MIDDLE_SUBJECT_TEMPLATES = ["Following up: {company}", "An idea for {company}", "Worth a look for {company}?", "One more thought for {company}"];

/** Record text on one line: a subject must never carry a line break from a scraped name. */
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();
const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");
const fill = (template: string, company: string) => template.replaceAll("{company}", company);

function middleSubject(company: string, used: readonly string[]): string {
  const taken = new Set(used.map((s) => s.trim().toLowerCase()));
  const fresh = MIDDLE_SUBJECT_TEMPLATES.map((t) => fill(t, company)).find((s) => !taken.has(s.toLowerCase()));
  return fresh ?? `${fill(MIDDLE_SUBJECT_TEMPLATES[0]!, company)} (${used.length + 1})`;
}

/**
 * The offline composer: a complete, stage-aware touch built only from the
 * contact's, company's and sender's data — what the offline provider answers
 * and what any unusable model answer falls back to. First touch: intro and a
 * soft question; middle: value and the calendar link when there is one;
 * last: a polite break-up. Signed with the sender's postal address.
 *
 * @example
 * templateDraft({ contact: { first_name: "Ada", email: "ada@example.com" }, company: { name: "Example Co", domain: "example.com" }, sender, step: 0, max_touches: 3 });
 * // { subject: "Quick question for Example Co", body: "Hi Ada,\n\nI'm Sam …?\n\nBest,\nSam …", confidence: 0.9 }
 */
export function templateDraft(input: EmailOutreachInput): ModelDraft {
  const { contact, sender } = input;
  const company = { ...input.company, name: oneLine(input.company.name) };
  const stage = touchStage(input.step, input.max_touches);
  const greeting = contact.first_name ? `Hi ${contact.first_name},` : "Hello,";
  const peers = company.industry ? `${company.industry} teams like ${company.name}` : `teams like ${company.name}`;
  const role = contact.title ? ` As ${article(contact.title)} ${contact.title}, you're probably close to this.` : "";

  let subject: string;
  let paragraphs: string[];
  if (stage === "first") {
    subject = `Quick question for ${company.name}`;
    paragraphs = [
      `I'm ${sender.name} from ${sender.company}. We work with ${peers} on getting more done with less manual effort.${role}`,
      `Would it be worth a short exchange to see whether this is relevant for ${company.name}?`,
    ];
  } else if (stage === "middle") {
    subject = middleSubject(company.name, input.previous_subjects ?? []);
    const ask = sender.calendar_link
      ? `If it's useful, you can pick a time that suits you here: ${sender.calendar_link}`
      : "Would a 15-minute call next week work for you?";
    paragraphs = [
      `Following up on my earlier note. ${sender.company} helps ${peers} save time on repetitive work, so the team can focus on what moves the numbers.`,
      ask,
    ];
  } else {
    subject = contact.first_name ? `Closing the loop, ${oneLine(contact.first_name)}` : `Closing the loop on ${company.name}`;
    paragraphs = [
      "I haven't heard back, so I'll assume the timing isn't right and won't follow up again.",
      `If that changes, just reply to this email. All the best to you and the ${company.name} team.`,
    ];
  }
  const signature = `Best,\n${sender.name}\n${sender.company}\n${sender.postal_address}`;
  return {
    subject,
    body: [greeting, ...paragraphs, signature].join("\n\n"),
    confidence: contact.first_name ? CONFIDENCE_NAMED : CONFIDENCE_GENERIC,
  };
}
