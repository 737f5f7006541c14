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
  // ── email ──────────────────────────────────────────────────
  {
    assistantId: "email_reply",
    worker: "email",
    module: "email-reply",
    builder: "buildGraph",
    resumable: true,
    timeoutClass: "default",
    pillar: "outreach",
    promptVersion: "reply-v1",
    description: "Drafts a reply to an inbound message and pauses for human review before anything is sent.",
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
]);
