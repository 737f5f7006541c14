import { defineRegistry } from "./define-registry.ts";

/**
 * The fleet: every graph that exists and where it runs. This list is the single
 * source of truth; worker graph tables, dispatcher allowlists and
 * `langgraph.json` are derived from it (`pnpm gen`).
 *
 * Adding a graph to a worker = one row here + one builder module under
 * `workers/<worker>/src/graphs/<module>.ts`.
 */
export const registry = defineRegistry([
  // ── classify ───────────────────────────────────────────────
  {
    assistantId: "country_classify",
    worker: "classify",
    module: "country-classify",
    builder: "buildGraph",
    resumable: false,
    timeoutClass: "default",
    pillar: "classification",
    promptVersion: "country-v2",
    description: "Company HQ location string → ISO 3166-1 alpha-2 country, confidence and reasons.",
  },
  // Inbound reply → one of nine labels. Header rules (DSN, RFC 3834, vendor
  // auto-reply headers) → lexical rules (unsubscribe, out-of-office with return
  // date, meeting confirmations) → the model for the remaining human intents.
  {
    assistantId: "inbound_classify",
    worker: "classify",
    module: "inbound-classify",
    builder: "buildGraph",
    resumable: false,
    timeoutClass: "background",
    pillar: "classification",
    promptVersion: "inbound-v1",
    description: "Inbound reply → label (bounce, auto-reply with return date, unsubscribe, meeting, human intent), the deciding stage and reasons.",
  },
  {
    assistantId: "lead_score",
    worker: "classify",
    module: "lead-score",
    builder: "buildGraph",
    resumable: false,
    timeoutClass: "default",
    pillar: "scoring",
    promptVersion: "lead-score-v1",
    description: "Lead fit (ICP) and engagement (decayed outcome events) as separate axes, a combined score, an A1–C3 tier and reasons.",
  },
  // ── email ──────────────────────────────────────────────────
  {
    assistantId: "email_reply",
    worker: "email",
    module: "email-reply",
    builder: "buildGraph",
    resumable: true,
    timeoutClass: "default",
    pillar: "outreach",
    promptVersion: "reply-v2",
    description: "Drafts a reply to an inbound message through the model hub (with recalled memory) and pauses for human review before anything is sent.",
  },
  {
    assistantId: "email_outreach",
    worker: "email",
    module: "email-outreach",
    builder: "buildGraph",
    resumable: false,
    timeoutClass: "default",
    pillar: "outreach",
    promptVersion: "outreach-v1",
    description: "One campaign touch (subject, body, stage-aware CTA) for a contact, with confidence and policy flags.",
  },
  // Durable campaign engine: one thread per (campaign, contact), thread id =
  // uuidv5("campaign-<campaign>-<contact>"). check_reply → guard →
  // generate_touch (email_outreach) → review? → send_touch (send ledger) →
  // record → schedule_next → interrupt(wait, wake_at); the cron resumes it
  // with Command({ resume: { now } }). Resumable: the D1Saver keeps its state
  // between touches days apart.
  {
    assistantId: "campaign",
    worker: "email",
    module: "campaign",
    builder: "buildGraph",
    resumable: true,
    timeoutClass: "standard",
    pillar: "outreach",
    promptVersion: "campaign-v1",
    description: "Durable per-contact campaign thread: guards, sends each touch exactly once, waits between touches, stops on reply.",
  },
  // The email orchestrator: hydrate → safety_gate (do-not-contact, contact
  // status, country consent rules) → recall_memory (trust tiers) → decide
  // (compose | skip with a reason) → compose (email_outreach as a subgraph) →
  // refine (critique-and-revise under the request's token ceiling, at most two
  // tries, then the draft). A skip short-circuits to decide.
  {
    assistantId: "email_compose",
    worker: "email",
    module: "email-compose",
    builder: "buildGraph",
    resumable: false,
    timeoutClass: "thinking",
    pillar: "outreach",
    promptVersion: "compose-v1",
    description: "Decides whether to write to a contact (safety gate, memory) and, if so, composes and refines one touch; else a skip reason.",
  },
  // Fire-and-forget after a send or a reply: facts from the message into
  // memory_items, tagged by trust tier, once per (thread, message). Never throws.
  {
    assistantId: "memory_reflect",
    worker: "email",
    module: "memory-reflect",
    builder: "buildGraph",
    resumable: false,
    timeoutClass: "background",
    pillar: "memory",
    promptVersion: "reflect-v1",
    description: "Distils role changes, timing and interests stated in a sent or inbound email into memory_items, tagged by trust tier; idempotent per message.",
  },
  // ── enrichment ─────────────────────────────────────────────
  {
    assistantId: "company_quality",
    worker: "enrichment",
    module: "company-quality",
    builder: "buildGraph",
    resumable: false,
    timeoutClass: "retrieval",
    pillar: "enrichment",
    promptVersion: "quality-v1",
    description: "Composite quality score of a company record: completeness × freshness with per-field half-lives.",
  },
  {
    assistantId: "company_enrich",
    worker: "enrichment",
    module: "company-enrich",
    builder: "buildGraph",
    resumable: false,
    timeoutClass: "heavy",
    pillar: "enrichment",
    promptVersion: "company-enrich-v1",
    description: "Company profile from its own website (name, description, HQ location string, industry, size, tech signals) with a composite quality score.",
  },
  {
    assistantId: "company_problems",
    worker: "enrichment",
    module: "company-problems",
    builder: "buildGraph",
    resumable: false,
    timeoutClass: "default",
    pillar: "enrichment",
    promptVersion: "company-problems-v1",
    description: "Ranked business problems worth addressing, from the company's own website, each with evidence URLs (text fragments).",
  },
  // ── discovery ──────────────────────────────────────────────
  {
    assistantId: "email_candidates",
    worker: "discovery",
    module: "email-candidates",
    builder: "buildGraph",
    resumable: false,
    timeoutClass: "retrieval",
    pillar: "discovery",
    promptVersion: "candidates-v1",
    description: "Candidate addresses for a person at a domain from name × pattern rules, flagged role / free-mail / disposable.",
  },
  {
    assistantId: "contact_discovery",
    worker: "discovery",
    module: "contact-discovery",
    builder: "buildGraph",
    resumable: false,
    timeoutClass: "discovery",
    pillar: "discovery",
    promptVersion: "contact-discovery-v1",
    description: "People on a company's own website (JSON-LD, microformats, team cards) with provenance, site and inferred addresses, MX over DoH; robots.txt respected.",
  },
  {
    assistantId: "find_decision_maker",
    worker: "discovery",
    module: "find-decision-maker",
    builder: "buildGraph",
    resumable: false,
    timeoutClass: "standard",
    pillar: "discovery",
    promptVersion: "decision-maker-v1",
    description: "Ranks discovered contacts for a buyer persona by title, seniority and department, with reasons.",
  },
]);
