// Typed client for the web app (built on @langchain/langgraph-sdk)
export { createSalesClient, timeoutFor, type SalesClient, type SalesClientOptions } from "./create-sales-client.ts";
export type { AssistantId, GraphInput, GraphIO, GraphOutput } from "./graph-io.ts";
export { traceCarrier } from "./trace-carrier.ts";
