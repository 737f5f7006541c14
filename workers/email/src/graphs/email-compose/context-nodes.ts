import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { CampaignStore } from "../../stores/campaign-store.ts";
import type { DncStore } from "../../stores/dnc-store.ts";
import type { MemoryStore } from "../../stores/memory-store.ts";
import type { HubLike } from "../email-outreach/compose-touch.ts";
import { recallFacts } from "../memory-reflect/recall-facts.ts";
import { servicesOf } from "../services-of.ts";
import type { EmailComposeInput } from "./compose-schemas.ts";
import type { ComposeStateT, ComposeUpdate } from "./compose-state.ts";
import type { ContactRecords } from "./contact-records.ts";
import { decideAction } from "./decide.ts";
import { hydrateContext, type LoadedRecords } from "./hydrate.ts";
import { PROMPT_VERSION } from "./refine-prompt.ts";
import { safetyGate } from "./safety-gate.ts";

/** What the nodes use: the hub always; the D1 stores when the worker provides them. */
export interface ComposeServices {
  readonly hub: HubLike;
  readonly contactRecords?: Pick<ContactRecords, "load">;
  readonly campaigns?: Pick<CampaignStore, "context">;
  readonly dnc?: Pick<DncStore, "matchFor">;
  readonly memory?: Pick<MemoryStore, "recall">;
}

export const servicesOfCompose = (config: LangGraphRunnableConfig) => servicesOf<ComposeServices>(config, ["hub"], "email_compose");

/** Reads the records the input's ids name; a missing store for a given id is a skip reason, not a guess. */
async function load(input: EmailComposeInput, s: ComposeServices): Promise<LoadedRecords | string> {
  if (!input.contact_id) return {};
  if (!s.contactRecords) return "hydrate_failed: contact_id given but config.context.services.contactRecords is not set";
  const contact = await s.contactRecords.load(input.contact_id);
  if (!input.campaign_id || !contact) return { contact };
  if (!s.campaigns) return "hydrate_failed: campaign_id given but config.context.services.campaigns is not set";
  try {
    const ctx = await s.campaigns.context(input.campaign_id, input.contact_id);
    return { contact, campaign: { status: ctx.campaign.status, sender: ctx.campaign.sender, maxTouches: ctx.campaign.settings.max_touches } };
  } catch (e) {
    // CampaignStore.context throws this when the row is missing; anything else is an outage and fails the run.
    if (e instanceof Error && e.message.startsWith("campaign: no campaign")) return "campaign_not_found";
    throw e;
  }
}

/** `hydrate`: contact, company, sender and sequence from the input and D1. */
export async function hydrate(state: ComposeStateT, config: LangGraphRunnableConfig): Promise<ComposeUpdate> {
  const loaded = await load(state, servicesOfCompose(config));
  if (typeof loaded === "string") return { ctx: null, hydrate_skip: loaded };
  const h = hydrateContext(state, loaded);
  return h.ok ? { ctx: h.ctx, hydrate_skip: null } : { ctx: null, hydrate_skip: h.reason };
}

/** `safety_gate`: contact status, the do-not-contact list, the country's consent rule. */
export async function safetyGateNode(state: ComposeStateT, config: LangGraphRunnableConfig): Promise<ComposeUpdate> {
  const ctx = state.ctx!;
  const { dnc } = servicesOfCompose(config);
  const verdict = safetyGate({
    contactStatus: ctx.contactStatus,
    dnc: dnc ? await dnc.matchFor(ctx.outreach.contact.email) : undefined,
    country: ctx.country,
    priorConsent: ctx.priorConsent,
  });
  return verdict.ok ? { gate_skip: null, gate_flags: [...verdict.flags] } : { gate_skip: verdict.reason, gate_flags: [] };
}

/** `recall_memory`: the caller's facts and the store's, from the tiers this run may see. */
export async function recallMemory(state: ComposeStateT, config: LangGraphRunnableConfig): Promise<ComposeUpdate> {
  const ctx = state.ctx!;
  const { memory } = servicesOfCompose(config);
  const { facts, error } = await recallFacts(memory, { contactId: ctx.contactId ?? undefined, companyId: ctx.companyId ?? undefined, humanReviewed: ctx.humanReview }, state.memory ?? []);
  return { recalled: facts, memory_error: error };
}

/** `decide`: compose, or finish with the skip reason. */
export function decide(state: ComposeStateT): ComposeUpdate {
  const d = decideAction({
    hydrateSkip: state.hydrate_skip ?? null,
    gateSkip: state.gate_skip ?? null,
    campaignStatus: state.ctx?.campaignStatus ?? null,
    step: state.ctx?.outreach.step ?? 0,
    maxTouches: state.ctx?.outreach.max_touches ?? 1,
  });
  if (d.action === "compose") return { action: "compose", skip_reason: null };
  return {
    action: "skip",
    skip_reason: d.reason,
    flags: [],
    confidence: null,
    refined: false,
    refine_fallback_reason: null,
    memory_used: 0,
    prompt_version: PROMPT_VERSION,
    draft_prompt_version: null,
    provider: "none",
  };
}

