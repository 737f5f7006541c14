// Size limits of the inbound pipeline, one place.

import { MAX_REFLECT_BODY_CHARS } from "../graphs/memory-reflect/reflect-schemas.ts";

/**
 * Bytes of a raw message read and parsed. Email Routing delivers up to
 * 25 MiB; a larger reply is nearly always attachments, so beyond this only
 * its header block is parsed (it still attaches to its thread, unclassified,
 * which stops the thread like any reply) and the rest is never read.
 */
export const MAX_PARSE_BYTES = 4 * 1024 * 1024;

/** The header block of an oversized message is looked for within this many bytes. */
export const MAX_HEADER_BLOCK_BYTES = 256 * 1024;

/** `inbound_classify`'s contract (workers/classify/…/inbound-contract.ts): text bytes, header count and value length, From/Subject length. */
export const CLASSIFY_MAX_TEXT_BYTES = 100 * 1024;
export const CLASSIFY_MAX_HEADERS = 200;
export const CLASSIFY_MAX_HEADER_VALUE = 8 * 1024;
export const CLASSIFY_MAX_LINE = 998;

/** Characters of the body kept in `inbound_messages.text_body`. */
export const STORED_TEXT_CHARS = 100 * 1024;

/** Characters of the stored body reflected into memory: `memory_reflect`'s input limit (the head: the author's own words come first). */
export const REFLECT_TEXT_CHARS = MAX_REFLECT_BODY_CHARS;

/** Characters of the subject passed to `memory_reflect` (RFC 5322's line length, its input limit). */
export const REFLECT_SUBJECT_CHARS = 998;
