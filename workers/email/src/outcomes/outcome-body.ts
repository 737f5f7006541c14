import { z } from "zod";

/** Kinds a provider webhook or a calendar may report (`out_of_office` comes only from inbound mail). */
export const OUTCOME_WEBHOOK_KINDS = ["sent", "delivered", "bounced", "replied", "meeting_booked", "unsubscribed"] as const;
export type OutcomeWebhookKind = (typeof OUTCOME_WEBHOOK_KINDS)[number];

// Ids this worker derives for its own events; a caller's id must not collide with them.
const RESERVED_PREFIX = /^(sent|inbound|unsubscribe):/;
const MAX_DATA_CHARS = 16 * 1024;

/**
 * `POST /outcomes`: one outcome of a campaign thread, normalized by whatever
 * adapter received it (ESP webhook, Cal.com booking). `event_id` is the
 * provider's event id: the same id twice lands once, however late.
 *
 * @example
 * OutcomeBody.parse({ event_id: "cal_123", thread_id, kind: "meeting_booked", occurred_at: "2026-11-26T10:00:00Z" });
 */
export const OutcomeBody = z.strictObject({
  event_id: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((id) => !RESERVED_PREFIX.test(id), 'must not start with "sent:", "inbound:" or "unsubscribe:" (ids this worker derives)'),
  thread_id: z.uuid().transform((id) => id.toLowerCase()),
  kind: z.enum(OUTCOME_WEBHOOK_KINDS),
  label: z.string().trim().min(1).max(100).optional(),
  occurred_at: z.iso.datetime({ offset: true }).transform((at) => new Date(at).toISOString()),
  data: z
    .record(z.string(), z.unknown())
    .refine((d) => JSON.stringify(d).length <= MAX_DATA_CHARS, `at most ${MAX_DATA_CHARS} characters of JSON`)
    .optional(),
});
export type OutcomeBody = z.infer<typeof OutcomeBody>;
