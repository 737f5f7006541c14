import { isModelCallError, type ModelCall, type ModelResult } from "@agentic-sales/shared/gateway";
import { finalizeDraft, type DraftFlag } from "./finalize-draft.ts";
import { outreachMessages, PROMPT_VERSION } from "./outreach-prompt.ts";
import { ModelDraft, type EmailOutreachInput, type EmailOutreachOutput } from "./outreach-schemas.ts";
import { templateDraft } from "./template-draft.ts";

/** The model hub as the graph uses it (structurally: the real `ModelHub` or a test double). */
export interface HubLike {
  complete(call: ModelCall): Promise<ModelResult>;
}

/** A fallback draft is vetted text but not what the model meant to say: cap its confidence so review policy sees it. */
const FALLBACK_CONFIDENCE_CAP = 0.5;
const MAX_OUTPUT_TOKENS = 700;

/**
 * The model's JSON answer, or null when it is not JSON or breaks the draft schema.
 *
 * @example
 * parseModelDraft('{"subject":"Hi","body":"Hello","confidence":0.8}'); // { subject: "Hi", body: "Hello", confidence: 0.8 }
 * parseModelDraft("Sure! Here it is: …");                            // null
 */
export function parseModelDraft(content: string): ModelDraft | null {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return null;
  }
  const parsed = ModelDraft.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * Composes one campaign touch through the model hub. The offline answer is
 * the template composition of the same input, so offline runs are real
 * drafts. An answer that fails the schema, or a gateway refusal (kill switch,
 * budget, timeout), falls back to the template with a flag; any other error
 * propagates and fails the run.
 *
 * @example
 * const touch = await composeTouch(input, hub); // { subject, body, cta: "soft_question", confidence, flags, prompt_version: "outreach-v1", provider: "offline" }
 */
export async function composeTouch(input: EmailOutreachInput, hub: HubLike, runId?: string): Promise<EmailOutreachOutput> {
  const template = templateDraft(input);
  const fallback = (flag: DraftFlag) =>
    finalizeDraft({ ...template, confidence: Math.min(template.confidence, FALLBACK_CONFIDENCE_CAP) }, input, { provider: "template", flags: [flag] });
  let result: ModelResult;
  try {
    result = await hub.complete({
      site: { graph: "email_outreach", node: "compose", promptVersion: PROMPT_VERSION, feature: "outreach", ...(runId ? { runId } : {}) },
      messages: outreachMessages(input),
      json: true,
      maxOutputTokens: MAX_OUTPUT_TOKENS,
      offline: () => JSON.stringify(template),
    });
  } catch (e) {
    if (isModelCallError(e)) return fallback("model_unavailable");
    throw e;
  }
  const draft = parseModelDraft(result.content);
  return draft ? finalizeDraft(draft, input, { provider: result.record.provider, flags: [] }) : fallback("model_output_invalid");
}
