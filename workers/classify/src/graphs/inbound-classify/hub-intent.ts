import { buildMessages, isModelCallError, skipReasonOf, type ModelHub } from "@agentic-sales/shared/gateway";
import { z } from "zod";
import { foldMessage } from "../../inbound/fold-message.ts";
import { INBOUND_LABELS, inboundVerdict, type InboundVerdict } from "../../inbound/inbound-verdict.ts";
import { scoreIntent } from "../../inbound/score-intent.ts";
import { PROMPT_VERSION, SYSTEM_PROMPT } from "../inbound-classify.prompt.ts";
import { inboundData, inboundInstructions } from "./inbound-data.ts";

/** The model's strict JSON answer: a label outside the nine is invalid output (repaired once). */
const ModelAnswer = z.object({
  label: z.enum(INBOUND_LABELS),
  confidence: z.number().min(0).max(1),
  reasons: z.array(z.string()).max(2),
});

/** A fallback is a keyword guess made because the model could not answer: never more sure than this. */
export const FALLBACK_MAX_CONFIDENCE = 0.5;
/** The model stage's deadline: inside the `background` class budget (20 s) with room for the repair call. */
const DEADLINE_MS = 8_000;

export interface IntentMessage {
  readonly from: string;
  readonly subject: string;
  readonly ownSubject: string;
  readonly ownText: string;
}

export interface IntentResult {
  readonly verdict: InboundVerdict;
  /** Which provider answered (`offline` locally; `none` when the gateway refused the call). */
  readonly provider: string;
  /** Set when the model's answer was not used: the verdict is then the lexical fallback. */
  readonly skipReason: string | null;
}

/**
 * The deterministic intent of a message: what the offline provider answers,
 * and the fallback when the model cannot.
 *
 * @example
 * offlineIntent({ from: "a@example.com", subject: "Re: Intro", ownSubject: "", ownText: "No thanks." }).label // "not_interested"
 */
export const offlineIntent = (m: IntentMessage): InboundVerdict => scoreIntent(foldMessage([m.ownSubject, m.ownText].join("\n")));

const fallback = (m: IntentMessage, provider: string, skipReason: string, why: string): IntentResult => {
  const guess = offlineIntent(m);
  return {
    verdict: inboundVerdict(guess.label, Math.min(guess.confidence, FALLBACK_MAX_CONFIDENCE), [`${why}; lexical fallback`, ...guess.reasons]),
    provider,
    skipReason,
  };
};

/**
 * Classifies the human intent through the model hub. The rules live in the
 * system prompt; the message is quoted data in the user message. Invalid
 * output (an unknown label included) gets one repair; if that fails too, or
 * the gateway refuses (kill switch, budget, timeout), the lexical scorer's
 * answer is returned with a skip reason and at most 0.5 confidence. Never
 * throws.
 *
 * @example
 * await classifyIntentWithHub(hub, { from: "ada@example.com", subject: "Re: Intro", ownSubject: "", ownText: "What does it cost?" })
 * // { verdict: { label: "info_request", … }, provider: "offline", skipReason: null }
 */
export async function classifyIntentWithHub(hub: Pick<ModelHub, "completeJson">, m: IntentMessage): Promise<IntentResult> {
  try {
    const { value, reason, records } = await hub.completeJson(
      {
        site: { graph: "inbound_classify", node: "model", promptVersion: PROMPT_VERSION, feature: "classification" },
        // Inbound mail is untrusted: quoted data blocks in the user message, never an instruction.
        messages: buildMessages({ system: SYSTEM_PROMPT, instructions: inboundInstructions(m.ownText), data: inboundData(m) }),
        temperature: 0,
        maxOutputTokens: 200,
        deadlineMs: DEADLINE_MS,
        offline: () => JSON.stringify(offlineIntent(m)),
      },
      ModelAnswer,
    );
    const provider = records.at(-1)?.provider ?? "offline";
    if (value === null) return fallback(m, provider, reason ?? "invalid_output", "model answer unusable");
    return { verdict: inboundVerdict(value.label, value.confidence, value.reasons), provider, skipReason: null };
  } catch (e) {
    if (isModelCallError(e)) return fallback(m, "none", skipReasonOf(e), "model call refused");
    // A bug, not a gateway refusal: logged loudly, but an inbound message
    // still gets a label (the email handler must not bounce the mail).
    const error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    console.error(JSON.stringify({ level: "error", msg: "inbound_model_stage_failed", error }));
    return fallback(m, "none", `unexpected_error: ${error}`.slice(0, 300), "model stage failed");
  }
}
