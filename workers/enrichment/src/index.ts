import { withTelemetry } from "@agentic-sales/shared/telemetry/instrument";
import { enrichmentApp } from "./app.ts";

const app = enrichmentApp();

export default withTelemetry({ fetch: app.fetch }, { service: "agentic-sales-enrichment" });
