import { z } from "zod";
import { CampaignSender } from "../../campaign/settings.ts";

/** RFC 5322's line limit, the ceiling of a subject line. */
const MAX_SUBJECT_CHARS = 998;
/** A cold email longer than this is a bug (or an injected essay), not a touch. */
export const MAX_BODY_CHARS = 5_000;

const Name = z.string().trim().min(1).max(100);

export const OutreachContact = z.strictObject({
  first_name: Name.optional(),
  last_name: Name.optional(),
  title: z.string().trim().min(1).max(200).optional(),
  email: z.email().max(320),
});

export const OutreachCompany = z.strictObject({
  name: z.string().trim().min(1).max(200),
  domain: z.string().trim().toLowerCase().regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "not a domain name"),
  industry: z.string().trim().min(1).max(200).optional(),
});

/** The input's fields, unrefined: LangGraph extends it into the graph's channels (zod forbids extending a refined object). */
export const EmailOutreachInputObject = z.strictObject({
  contact: OutreachContact,
  company: OutreachCompany,
  sender: CampaignSender,
  /** 0-based index of this touch in the sequence. */
  step: z.int().min(0).max(9),
  max_touches: z.int().min(1).max(10),
  previous_subjects: z.array(z.string().max(MAX_SUBJECT_CHARS)).max(10).optional(),
});

/** The input contract: the fields, and a step inside the sequence. */
export const EmailOutreachInput = EmailOutreachInputObject.refine((i) => i.step < i.max_touches, {
  message: "step must be below max_touches",
  path: ["step"],
});
export type EmailOutreachInput = z.infer<typeof EmailOutreachInput>;

/** What the touch asks for, by stage: first → soft question, middle → a meeting, last → polite break-up. */
export const TouchCta = z.enum(["soft_question", "book_meeting", "break_up"]);
export type TouchCta = z.infer<typeof TouchCta>;

/** The JSON a model (or the offline template) answers with. Extra keys are ignored. */
export const ModelDraft = z.object({
  subject: z.string().trim().min(1).max(200).regex(/^[^\r\n]*$/, "subject must be one line"),
  body: z.string().trim().min(1).max(MAX_BODY_CHARS),
  confidence: z.number().min(0).max(1),
});
export type ModelDraft = z.infer<typeof ModelDraft>;

export const EmailOutreachOutput = z.object({
  subject: z.string().max(MAX_SUBJECT_CHARS),
  body: z.string().max(MAX_BODY_CHARS + 1_000),
  cta: TouchCta,
  confidence: z.number().min(0).max(1),
  /** Policy facts about the draft (see `draftFlags`); the campaign decides which ones need review. */
  flags: z.array(z.string()),
  prompt_version: z.string(),
  /** The provider that composed it, or "template" when the model's answer was unusable. */
  provider: z.string(),
});
export type EmailOutreachOutput = z.infer<typeof EmailOutreachOutput>;
