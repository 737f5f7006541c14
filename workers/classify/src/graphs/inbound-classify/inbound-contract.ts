import { defineContract } from "@agentic-sales/shared";
import { z } from "zod";
import { INBOUND_LABELS, MAX_REASON_LENGTH, MAX_REASONS, STAGES } from "../../inbound/inbound-verdict.ts";
import { PROMPT_VERSION } from "../inbound-classify.prompt.ts";

/** Largest body accepted, in UTF-8 bytes (the email worker truncates before). */
export const MAX_TEXT_BYTES = 100 * 1024;
const MAX_HEADERS = 200;
const MAX_HEADER_VALUE = 8 * 1024;

const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;

// Header names as RFC 5322 allows them (printable ASCII but ":"), already
// lower-cased by the email worker: a mixed-case name is a producer bug.
const HeaderName = z
  .string()
  .regex(/^[!-9;-~]{1,76}$/, "an RFC 5322 field name")
  .refine((name) => name === name.toLowerCase(), "lower case (the email worker lower-cases header names)");

const Headers = z
  .record(HeaderName, z.string().max(MAX_HEADER_VALUE))
  .refine((h) => Object.keys(h).length <= MAX_HEADERS, `at most ${MAX_HEADERS} headers`);

/**
 * Wire contract of `inbound_classify`: a parsed inbound message in (the email
 * worker parses the MIME); a label, the stage that decided it, an
 * out-of-office return date and provenance out.
 *
 * @example
 * contract.input.parse({ headers: {}, from: "ada@example.com", subject: "Re: Intro", text: "Yes!", received_at: "2026-11-24T09:00:00Z" })
 */
export const contract = defineContract({
  graph: "inbound_classify",
  version: "1.0.0",
  input: z.strictObject({
    headers: Headers,
    from: z.string().max(998),
    subject: z.string().max(998),
    text: z.string().max(MAX_TEXT_BYTES).refine((t) => utf8Bytes(t) <= MAX_TEXT_BYTES, `at most ${MAX_TEXT_BYTES} bytes of UTF-8`),
    received_at: z.iso.datetime({ offset: true }),
  }),
  output: z.object({
    label: z.enum(INBOUND_LABELS),
    confidence: z.number().min(0).max(1),
    stage: z.enum(STAGES),
    return_date: z.iso.date().nullable(),
    reasons: z.array(z.string().max(MAX_REASON_LENGTH)).max(MAX_REASONS),
    /** `rules` when a header or lexical rule decided; else the provider that answered (`none` when refused). */
    provider: z.string().min(1),
    prompt_version: z.literal(PROMPT_VERSION),
    skip_reason: z.string().nullable(),
  }),
});

export type InboundClassifyInput = z.infer<typeof contract.input>;
export type InboundClassifyOutput = z.infer<typeof contract.output>;
