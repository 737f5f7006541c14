import { buildMessages, skipReasonOf, type ModelHub } from "@agentic-sales/shared/gateway";
import { z } from "zod";
import { classifyLocation } from "../../country/classify-location.ts";
import { verdict, type CountryVerdict } from "../../country/country-verdict.ts";
import { isIsoCountryCode } from "../../country/iso-countries.ts";
import { PROMPT_VERSION, SYSTEM_PROMPT } from "../country-classify.prompt.ts";

/** The model's strict JSON answer (the seed's contract). */
const ModelVerdict = z.object({
  country: z.string().refine(isIsoCountryCode, "an officially assigned ISO 3166-1 alpha-2 code").nullable(),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()).max(2),
});

export interface HubVerdict extends CountryVerdict {
  /** Which provider answered (`offline` locally; `none` when the gateway refused). */
  readonly provider: string;
  /** Set when the gateway refused or the model's JSON stayed invalid; the verdict is then null. */
  readonly skipReason: string | null;
}

/**
 * Classifies through the model hub: the rules live in the system prompt, the
 * location travels only as quoted data in the user message, and the offline
 * provider answers with the deterministic classifier. A gateway refusal (kill
 * switch, budget) or JSON that stays invalid after one repair becomes a null
 * verdict with a skip reason, never an exception.
 *
 * @example
 * await classifyWithHub(hub, "Wien, Österreich") // { country: "AT", provider: "offline", skipReason: null, … }
 */
export async function classifyWithHub(hub: Pick<ModelHub, "completeJson">, location: string): Promise<HubVerdict> {
  try {
    const { value, reason, records } = await hub.completeJson(
      {
        site: { graph: "country_classify", node: "classify", promptVersion: PROMPT_VERSION, feature: "classification" },
        // The location is untrusted text: a quoted data block in the user message, never an instruction.
        messages: buildMessages({ system: SYSTEM_PROMPT, data: [{ label: "location", text: location, trust: "untrusted" }] }),
        temperature: 0,
        maxOutputTokens: 200,
        offline: () => JSON.stringify(classifyLocation(location)),
      },
      ModelVerdict,
    );
    const provider = records.at(-1)?.provider ?? "offline";
    if (value === null) return { ...verdict(null, 0, ["model answer unusable"]), provider, skipReason: reason };
    return { ...verdict(value.country, value.confidence, value.reasons), provider, skipReason: null };
  } catch (e) {
    return { ...verdict(null, 0, ["model call refused"]), provider: "none", skipReason: skipReasonOf(e) };
  }
}
