// Entry points
export { handleInbound, type InboundDeps, type InboundEnvelope, type InboundResult } from "./handle-inbound.ts";
export { emailHandler } from "./email-handler.ts";
export { inboundApp, INBOUND_PATH } from "./inbound-routes.ts";
// Steps
export { parseMail, type ParsedMail, type ParseResult } from "./parse-message.ts";
export { replyTokens, type FoundToken, type ReplyAddressSources, type TokenSource } from "./reply-address.ts";
export { matchThread, type ThreadMatch } from "./match-thread.ts";
export { classifyInbound, ClassifyVerdict, type ClassifyResult } from "./classify-client.ts";
export { classifyInputOf, truncateUtf8, type InboundClassifyInput } from "./classify-input.ts";
export { inboundOutcomeOf, type InboundOutcome } from "./inbound-outcome.ts";
export { inboundExists, storeInbound, type InboundReason, type InboundRecord } from "./inbound-store.ts";
export { headerBlock, readRaw, sha256Hex, type RawMessage, type RawRead } from "./read-raw.ts";
export { reflectInbound, reflectsLabel, REFLECTS, type ReflectResult } from "./reflect-inbound.ts";
export { MAX_PARSE_BYTES, REFLECT_TEXT_CHARS } from "./limits.ts";
