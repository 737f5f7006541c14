/** A graph that takes untrusted text, and the input fields that carry it. */
export interface InjectionTarget {
  /** Registry assistant id. */
  readonly graph: string;
  /** Compile with a MemorySaver (the graph interrupts, so it needs a thread). */
  readonly interrupts: boolean;
  /** A valid input; each run replaces one field with an injection string. */
  readonly baseInput: Record<string, unknown>;
  /** Dotted paths of the untrusted fields. */
  readonly fields: readonly string[];
}

const sender = { name: "Sam Seller", company: "Acme", calendar_link: "https://cal.example.com/sam" };

/**
 * Every graph that puts untrusted text into a prompt. Adding a graph to the
 * registry forces a choice: a row here, or a reason in `NO_UNTRUSTED_TEXT`.
 */
export const INJECTION_TARGETS: readonly InjectionTarget[] = [
  {
    graph: "email_reply",
    interrupts: true,
    baseInput: {
      inbound: { from_name: "Ada Example", subject: "Re: Intro", body: "Sounds interesting, happy to chat." },
      sender,
      intent: "interested",
    },
    // The inbound email, all of it attacker-written.
    fields: ["inbound.body", "inbound.subject", "inbound.from_name"],
  },
  {
    graph: "email_outreach",
    interrupts: false,
    baseInput: {
      contact: { first_name: "Ada", last_name: "Example", title: "Head of Operations", email: "ada@example.com" },
      company: { name: "Example Co", domain: "example.com", industry: "Logistics" },
      sender: { ...sender, postal_address: "1 Main St, Springfield" },
      step: 1,
      max_touches: 3,
    },
    // Scraped or imported records: the contact and company wrote these, not us.
    fields: ["contact.first_name", "contact.last_name", "contact.title", "company.name", "company.industry"],
  },
  {
    graph: "country_classify",
    interrupts: false,
    baseInput: { location: "Berlin, Germany" },
    // A LinkedIn HQ string: whatever the company typed.
    fields: ["location"],
  },
];

/** Registry graphs that take no untrusted text into a prompt, and why. */
export const NO_UNTRUSTED_TEXT: Readonly<Record<string, string>> = {
  campaign: "composes every touch through email_outreach, which is a target",
  company_quality: "scores record completeness and freshness; no model call",
  email_candidates: "derives addresses from name × pattern rules; no model call",
};
