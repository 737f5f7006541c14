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
    graph: "email_compose",
    interrupts: false,
    baseInput: {
      contact: { first_name: "Ada", last_name: "Example", title: "Head of Operations", email: "ada@example.com" },
      company: { name: "Example Co", domain: "example.com", industry: "Logistics" },
      sender: { ...sender, postal_address: "1 Main St, Springfield" },
      step: 1,
      max_touches: 3,
      // Reviewed by a human, so inbound-derived memory is admitted (as untrusted data) to the refine call.
      human_review: true,
      memory: [{ fact: "Said the budget opens in Q3.", source: "inbound_unverified", kind: "timing" }],
    },
    // Scraped records (first draft and refine), and a fact distilled from the contact's own email.
    fields: ["contact.first_name", "contact.last_name", "contact.title", "company.name", "company.industry", "memory.0.fact"],
  },
  {
    graph: "memory_reflect",
    interrupts: false,
    baseInput: {
      thread_id: "thread-1",
      message_id: "<m1@example.com>",
      direction: "inbound",
      subject: "Re: Intro",
      body: "I've moved to Head of Operations. Let's revisit this in Q3.",
    },
    // An inbound email, all of it attacker-written.
    fields: ["body", "subject"],
  },
  {
    graph: "inbound_classify",
    interrupts: false,
    baseInput: {
      headers: { "content-type": "text/plain; charset=utf-8" },
      from: "ada@example.com",
      subject: "Re: Intro",
      text: "Could you tell me more about how onboarding works?",
      received_at: "2026-11-24T09:00:00Z",
    },
    // A reply from outside: every part of it is attacker-written.
    fields: ["text", "subject", "from"],
  },
  {
    graph: "find_decision_maker",
    interrupts: false,
    baseInput: {
      persona: { departments: ["operations"], title_keywords: ["logistics"], description: "Owns warehouse tooling budgets." },
      contacts: [
        { name: "Ada Example", title: "Head of Logistics" },
        { name: "Grace Example", title: "Office Manager" },
      ],
    },
    // Names and titles scraped from the company's site.
    fields: ["contacts.0.name", "contacts.0.title", "contacts.1.title"],
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
  lead_score: "scores fit and engagement from structured fields; no model call",
  contact_discovery: "extracts people with HTMLRewriter rules and name × pattern inference; no model call",
  company_enrich: "extracts fields from markup and meta tags; no model call",
  company_problems: "its untrusted text is fetched pages, not input fields; the page text reaches the model only through buildMessages data blocks (workers/enrichment/src/graphs/company-problems)",
};
