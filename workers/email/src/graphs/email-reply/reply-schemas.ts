import { z } from "zod";
import { MemoryFacts } from "../memory-reflect/memory-item.ts";

/** The nine inbound intent labels the classifier emits. */
export const REPLY_INTENTS = [
  "interested",
  "not_interested",
  "auto_reply",
  "bounced",
  "info_request",
  "unsubscribe",
  "spam",
  "partnership",
  "meeting_scheduled",
] as const;

export const ReplyIntent = z.enum(REPLY_INTENTS);
export type ReplyIntent = z.infer<typeof ReplyIntent>;

/** Longest inbound body accepted; longer messages are a caller bug, not a reply to draft. */
export const MAX_INBOUND_BODY_CHARS = 20_000;

/** RFC 5322's line limit, used as the ceiling for a subject line. */
const MAX_SUBJECT_CHARS = 998;

/** A drafted reply longer than this is a runaway answer, not a reply. */
const MAX_REPLY_BODY_CHARS = 5_000;

/** The inbound message. Untrusted text: only ever treated as data. */
export const InboundMessage = z.strictObject({
  from_name: z.string().max(200).optional(),
  subject: z.string().max(MAX_SUBJECT_CHARS),
  body: z.string().max(MAX_INBOUND_BODY_CHARS),
});
export type InboundMessage = z.infer<typeof InboundMessage>;

export const Sender = z.strictObject({
  name: z.string().trim().min(1).max(200),
  company: z.string().trim().min(1).max(200),
  // http(s) only: a `javascript:` or `data:` URL would otherwise pass as a URL.
  calendar_link: z.url({ protocol: /^https?$/ }).max(2_000).optional(),
});
export type Sender = z.infer<typeof Sender>;

const Id = z.string().trim().min(1).max(200);

export const EmailReplyInput = z.strictObject({
  inbound: InboundMessage,
  sender: Sender,
  intent: ReplyIntent.optional(),
  /** Whose memory to recall from `memory_items` (when the worker provides the store). */
  contact_id: Id.optional(),
  company_id: Id.optional(),
  /** Facts the caller already holds, newest first; recalled ones follow. */
  memory: MemoryFacts.optional(),
});
export type EmailReplyInput = z.infer<typeof EmailReplyInput>;

/** A reply as it would be sent: subject line and plain-text body. */
export const ReplyDraft = z.object({
  subject: z.string().regex(/^[^\r\n]*$/, "subject must be one line").max(MAX_SUBJECT_CHARS),
  body: z.string().max(MAX_INBOUND_BODY_CHARS),
});
export type ReplyDraft = z.infer<typeof ReplyDraft>;

/** The JSON the model (or the offline composer) answers with. Extra keys are ignored. */
export const ModelReply = z.object({
  subject: z.string().trim().min(1).max(MAX_SUBJECT_CHARS),
  body: z.string().trim().min(1).max(MAX_REPLY_BODY_CHARS),
});
export type ModelReply = z.infer<typeof ModelReply>;

export const ReplyStatus = z.enum(["approved", "edited", "rejected", "skipped"]);
export type ReplyStatus = z.infer<typeof ReplyStatus>;

export const EmailReplyOutput = z.object({
  status: ReplyStatus,
  reply: ReplyDraft,
  /** False unless a human approved or edited a reply that policy allows sending. */
  send_allowed: z.boolean(),
  /** Why policy forbids sending (a code from `send-policy.ts`), else null. */
  skip_reason: z.string().nullable(),
  /** Why the draft is the template, not the model's: a gateway refusal ("kill_switch: …", "budget_exceeded: …"), else null. */
  model_skip_reason: z.string().nullable(),
  /** Facts about the draft for the reviewer (see `ReplyFlag`). */
  flags: z.array(z.string()),
  /** How many memory facts went into the model's prompt (0 when no prompt was sent). */
  memory_used: z.int().min(0),
  rejection_reason: z.string().nullable(),
  /** Last invalid resume value's error; null once a valid decision arrived. */
  review_error: z.string().nullable(),
  prompt_version: z.string(),
  provider: z.string(),
});
export type EmailReplyOutput = z.infer<typeof EmailReplyOutput>;
