// Trusted text
export { isTrustedText, joinTrusted, trusted, type TrustedInterpolation, type TrustedText } from "./trusted-text.ts";
// Messages
export { buildMessages, DATA_NOTICE, DATA_POLICY, TRUST_FRAME_TEMPLATES, type BuildMessagesInput } from "./build-messages.ts";
export { dataBlock, readDataBlocks, splitDataBlocks, type DataItem, type DataTrust, type ReadDataBlock } from "./data-block.ts";
export { escapeData, normalizeUntrusted, unescapeData } from "./neutralize.ts";
// Prompt declaration
export type { PromptTemplate, PromptTemplates } from "./prompt-templates.ts";
// Memory
export { admitMemory, HUMAN_REVIEWED_SOURCES, INJECTABLE_SOURCES, memoryTrust, type AdmitMemoryOptions, type MemorySource } from "./memory-sources.ts";
