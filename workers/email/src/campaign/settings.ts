import { z } from "zod";
import { DEFAULT_SEND_WINDOW } from "./time/send-window.ts";

const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour "HH:MM"');

/** The send window in the recipient's local time; see `nextWindowSlot`. */
export const SendWindowSchema = z
  .strictObject({
    days: z.array(z.int().min(1).max(7)).min(1).max(7),
    start: HHMM,
    end: HHMM,
  })
  .refine((w) => w.start < w.end, { message: "send_window.start must be before send_window.end", path: ["end"] });

/** Who signs the outreach; the postal address is required by CAN-SPAM. */
export const CampaignSender = z.strictObject({
  name: z.string().trim().min(1).max(200),
  company: z.string().trim().min(1).max(200),
  postal_address: z.string().trim().min(5).max(500),
  // http(s) only: a `javascript:` URL would otherwise pass as a URL.
  calendar_link: z.url({ protocol: /^https?$/ }).max(2_000).optional(),
});
export type CampaignSender = z.infer<typeof CampaignSender>;

/**
 * A campaign's sequence settings. `cadence_days[i]` is the day offset of touch
 * `i` (0-based) from enrollment; the gap between consecutive entries is kept
 * from the previous touch's actual send, so a touch held by the window or the
 * daily cap never squeezes the next one.
 */
export const CampaignSettings = z
  .strictObject({
    max_touches: z.int().min(1).max(10).default(4),
    cadence_days: z.array(z.int().min(0).max(365)).min(1).max(10).default([0, 3, 7, 14]),
    send_window: SendWindowSchema.default({ ...DEFAULT_SEND_WINDOW, days: [...DEFAULT_SEND_WINDOW.days] }),
    /** Drafts whose confidence is below this go to human review. 0 = only policy flags; 1 = review every draft. */
    review_threshold: z.number().min(0).max(1).default(0.7),
  })
  .refine((s) => s.cadence_days.every((d, i) => i === 0 || d >= s.cadence_days[i - 1]!), {
    message: "cadence_days must not decrease",
    path: ["cadence_days"],
  })
  .refine((s) => s.cadence_days.length >= s.max_touches, {
    message: "cadence_days needs one day offset per touch (length >= max_touches)",
    path: ["cadence_days"],
  });
export type CampaignSettings = z.infer<typeof CampaignSettings>;

/** What `campaigns.settings` holds: the sequence settings and the signature. */
export const StoredCampaignSettings = z.object({ settings: CampaignSettings, sender: CampaignSender });
export type StoredCampaignSettings = z.infer<typeof StoredCampaignSettings>;

/** One day, in ms: cadence offsets count whole days. */
export const DAY_MS = 86_400_000;

/**
 * Days to wait before touch `index` (≥ 1), measured from the previous touch.
 *
 * @example
 * gapBeforeTouch([0, 3, 7, 14], 2); // 4
 */
export function gapBeforeTouch(cadenceDays: readonly number[], index: number): number {
  const at = cadenceDays[index] ?? cadenceDays[cadenceDays.length - 1] ?? 0;
  const before = cadenceDays[index - 1] ?? 0;
  return Math.max(0, at - before);
}
