import { withTelemetry } from "@agentic-sales/shared/telemetry/instrument";
import { discoveryApp } from "./app.ts";

const app = discoveryApp();

export default withTelemetry({ fetch: app.fetch }, { service: "agentic-sales-discovery" });
