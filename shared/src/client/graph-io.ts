// Input and output types of every graph, from each graph's zod contract.
// Type-only imports: erased at build, so a web app bundling this client never
// pulls worker or LangGraph code, and no Worker imports another.
import type { z } from "zod";
import type { contract as CountryClassify } from "../../../workers/classify/src/graphs/country-classify.ts";
import type { contract as InboundClassify } from "../../../workers/classify/src/graphs/inbound-classify.ts";
import type { contract as LeadScore } from "../../../workers/classify/src/graphs/lead-score.ts";
import type { contract as ContactDiscovery } from "../../../workers/discovery/src/graphs/contact-discovery.ts";
import type { contract as EmailCandidates } from "../../../workers/discovery/src/graphs/email-candidates.ts";
import type { contract as FindDecisionMaker } from "../../../workers/discovery/src/graphs/find-decision-maker.ts";
import type { contract as Campaign } from "../../../workers/email/src/graphs/campaign.ts";
import type { contract as EmailCompose } from "../../../workers/email/src/graphs/email-compose.ts";
import type { contract as EmailOutreach } from "../../../workers/email/src/graphs/email-outreach.ts";
import type { contract as EmailReply } from "../../../workers/email/src/graphs/email-reply.ts";
import type { contract as MemoryReflect } from "../../../workers/email/src/graphs/memory-reflect.ts";
import type { contract as CompanyEnrich } from "../../../workers/enrichment/src/graphs/company-enrich.ts";
import type { contract as CompanyProblems } from "../../../workers/enrichment/src/graphs/company-problems.ts";
import type { contract as CompanyQuality } from "../../../workers/enrichment/src/graphs/company-quality.ts";

type IO<C extends { input: z.ZodType; output: z.ZodType }> = { input: z.input<C["input"]>; output: z.output<C["output"]> };

/** assistant id → `{ input, output }` of its contract (a test keeps it in step with the registry). */
export interface GraphIO {
  country_classify: IO<typeof CountryClassify>;
  inbound_classify: IO<typeof InboundClassify>;
  lead_score: IO<typeof LeadScore>;
  contact_discovery: IO<typeof ContactDiscovery>;
  email_candidates: IO<typeof EmailCandidates>;
  find_decision_maker: IO<typeof FindDecisionMaker>;
  campaign: IO<typeof Campaign>;
  email_compose: IO<typeof EmailCompose>;
  email_outreach: IO<typeof EmailOutreach>;
  email_reply: IO<typeof EmailReply>;
  memory_reflect: IO<typeof MemoryReflect>;
  company_enrich: IO<typeof CompanyEnrich>;
  company_problems: IO<typeof CompanyProblems>;
  company_quality: IO<typeof CompanyQuality>;
}

export type AssistantId = keyof GraphIO;
export type GraphInput<A extends AssistantId> = GraphIO[A]["input"];
export type GraphOutput<A extends AssistantId> = GraphIO[A]["output"];
