// Types and constants
export * from "./graph-spec.ts";
// Registry
export { defineRegistry, type Registry } from "./define-registry.ts";
export { registry } from "./graphs.ts";
// LangGraph assistant objects
export { assistantRecord, assistantUuid, type AssistantRecord } from "./assistant-record.ts";
export { AssistantSearch, findSpec, searchAssistants } from "./search-assistants.ts";
