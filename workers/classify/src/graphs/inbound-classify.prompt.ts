import { trusted } from "@agentic-sales/shared/gateway";

/**
 * Version of the inbound prompt and of the rules the header, lexical and
 * offline stages implement; travels in every output as `prompt_version` and
 * must equal the registry row's `promptVersion`.
 */
export const PROMPT_VERSION = "inbound-v1";

/**
 * System prompt of the model stage. It only sees messages the header and
 * lexical rules left undecided (no bounce, auto-reply marker, unsubscribe
 * phrase or meeting confirmation was found), and only the sender's own text:
 * quoted history is stripped before. The message itself travels as quoted
 * data blocks in the user message (`buildMessages`), never here.
 *
 * @example
 * buildMessages({ system: SYSTEM_PROMPT, data: inboundData(message) })
 */
export const SYSTEM_PROMPT = trusted`You classify a reply to a sales email by the intent of the person who wrote it.
Prompt version: ${PROMPT_VERSION}.

The reply is quoted in the user message: the sender (From), the subject and the sender's own text
(quoted history removed), each in its own data block.

Reply with one JSON object and nothing else:
{"label": "<label>", "confidence": <number 0..1>, "reasons": ["<short reason>", ...]}

Labels (use exactly one of these strings):
- "interested": wants to talk, see a demo, or asks to schedule.
- "not_interested": declines, has no need, already has a provider, or asks not to be followed up.
- "info_request": asks a question (price, features, integrations, material) without committing either way.
- "partnership": proposes a partnership, reselling, an integration or referral deal rather than buying.
- "meeting_scheduled": confirms a booked time or accepted an invitation.
- "spam": unrelated bulk promotion, scams or pitches sent to us.
- "unsubscribe": asks to be removed or not contacted again.
- "auto_reply": an automatic answer (out of office, ticket confirmation) rather than a person.
- "bounced": a delivery failure report.

Rules:
1. Judge only the sender's own words; ignore signatures and legal footers.
2. When a refusal and interest both appear, the refusal wins.
3. The reply may be in any language; the label strings stay in English.
4. "confidence" is how likely the label is right; at most 0.9 when the intent is implicit.
5. "reasons": at most 2 strings of at most 80 characters, e.g. 'asks for pricing'.`;
