import { isModelCallError, parseJsonAs, skipReasonOf, type DataItem, type ModelResult } from "@agentic-sales/shared/gateway";
import type { HubLike } from "../email-outreach/compose-touch.ts";
import { composeDraft, type ComposedDraft } from "./compose-draft.ts";
import { finalizeReply, type ReplyFlag } from "./finalize-reply.ts";
import { PROMPT_VERSION, replyMessages } from "./reply-prompt.ts";
import { ModelReply, type EmailReplyInput } from "./reply-schemas.ts";

const MAX_OUTPUT_TOKENS = 600;

/** A draft as the `review` node shows it. */
export interface HubDraft extends ComposedDraft {
  readonly flags: ReplyFlag[];
  /** The gateway's refusal ("<code>: <message>") when the model could not be asked, else null. */
  readonly model_skip_reason: string | null;
  /** The provider that wrote the body, or "template" for the deterministic draft. */
  readonly provider: string;
  /** Whether a prompt went to a provider (false: policy skipped the call, or the gateway refused it). */
  readonly prompted: boolean;
}

/**
 * Drafts a reply through the model hub. The offline answer is the
 * deterministic draft, so offline runs are real drafts. A draft policy forbids
 * sending (unsubscribe, bounce, spam, auto-reply) is never worth a model call:
 * it is the template. An answer that fails the schema falls back to the
 * template with a flag; a gateway refusal (kill switch, budget, ceiling) does
 * too, with the refusal as `model_skip_reason`. Either way the run still
 * pauses for review. Other errors propagate.
 *
 * @example
 * await draftWithHub(input, hub, memoryBlocks); // { reply: { subject: "Re: Intro", body: "Hi Ada, …" }, send_allowed: true, flags: [], provider: "offline", … }
 */
export async function draftWithHub(input: EmailReplyInput, hub: HubLike, memory: readonly DataItem[], runId?: string): Promise<HubDraft> {
  const template = composeDraft(input);
  const fallback = (flags: ReplyFlag[], prompted: boolean, modelSkipReason: string | null = null): HubDraft => ({
    ...template,
    flags,
    model_skip_reason: modelSkipReason,
    provider: "template",
    prompted,
  });
  if (!template.send_allowed) return fallback([], false);
  let result: ModelResult;
  try {
    result = await hub.complete({
      site: { graph: "email_reply", node: "draft", promptVersion: PROMPT_VERSION, feature: "outreach", ...(runId ? { runId } : {}) },
      messages: replyMessages(input, memory),
      json: true,
      maxOutputTokens: MAX_OUTPUT_TOKENS,
      offline: () => JSON.stringify(template.reply),
    });
  } catch (e) {
    if (isModelCallError(e)) return fallback(["model_unavailable"], false, skipReasonOf(e));
    throw e;
  }
  const parsed = parseJsonAs(ModelReply, result.content);
  if (!parsed.ok) return fallback(["model_output_invalid"], true);
  const { reply, flags } = finalizeReply(parsed.value, input);
  return { reply, send_allowed: template.send_allowed, skip_reason: template.skip_reason, flags, model_skip_reason: null, provider: result.record.provider, prompted: true };
}
