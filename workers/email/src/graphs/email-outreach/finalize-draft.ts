import type { EmailOutreachInput, EmailOutreachOutput, ModelDraft } from "./outreach-schemas.ts";
import { PROMPT_VERSION } from "./outreach-prompt.ts";
import { CTA_OF_STAGE, touchStage } from "./touch-stage.ts";

/**
 * Facts about a draft the campaign's review policy reads. Stable codes.
 * - `model_output_invalid` / `model_unavailable`: the model's answer was unusable; this is the template.
 * - `generic_greeting`: no first name to greet.
 * - `postal_address_appended`: the draft lacked the postal address, so it was added.
 * - `unexpected_link`: a URL other than the calendar link (only allowed in middle touches).
 * - `calendar_link_missing`: a middle touch that should carry the calendar link does not.
 * - `subject_repeated`: the subject was already used in this sequence.
 */
export type DraftFlag =
  | "model_output_invalid"
  | "model_unavailable"
  | "generic_greeting"
  | "postal_address_appended"
  | "unexpected_link"
  | "calendar_link_missing"
  | "subject_repeated";

const URL = /https?:\/\/[^\s<>()"']+/gi;
const trimPunctuation = (url: string) => url.replace(/[.,;:!?]+$/, "");

/**
 * Turns a model (or template) answer into the touch: the CTA the stage
 * calls for, the postal address guaranteed in the body, and the policy flags.
 * Pure, so the same answer always yields the same touch and flags.
 *
 * @example
 * finalizeDraft({ subject: "Hi", body: "Hello,\n\nSee https://evil.example", confidence: 0.9 }, input, { provider: "openai-compatible", flags: [] }).flags;
 * // ["generic_greeting", "postal_address_appended", "unexpected_link"]
 */
export function finalizeDraft(draft: ModelDraft, input: EmailOutreachInput, o: { provider: string; flags: readonly DraftFlag[] }): EmailOutreachOutput {
  const { sender } = input;
  const stage = touchStage(input.step, input.max_touches);
  const flags = new Set<DraftFlag>(o.flags);
  let body = draft.body.trim();

  if (!input.contact.first_name) flags.add("generic_greeting");
  if (!body.includes(sender.postal_address)) {
    body = `${body}\n\n${sender.name}\n${sender.company}\n${sender.postal_address}`;
    flags.add("postal_address_appended");
  }
  const link = stage === "middle" ? sender.calendar_link : undefined;
  if ((body.match(URL) ?? []).some((url) => trimPunctuation(url) !== link)) flags.add("unexpected_link");
  if (link && !body.includes(link)) flags.add("calendar_link_missing");
  const used = new Set((input.previous_subjects ?? []).map((s) => s.trim().toLowerCase()));
  if (used.has(draft.subject.trim().toLowerCase())) flags.add("subject_repeated");

  return {
    subject: draft.subject.trim(),
    body,
    cta: CTA_OF_STAGE[stage],
    confidence: draft.confidence,
    flags: [...flags],
    prompt_version: PROMPT_VERSION,
    provider: o.provider,
  };
}
