import { withTelemetry } from "@agentic-sales/shared/telemetry/instrument";
import type { EmailEnv } from "./env.ts";
import { emailWorker } from "./app.ts";

// fetch (API + /inbound relay), email (Email Routing) and queue (campaign
// resumes) are all traced: a server span, a consumer span per inbound mail,
// and a consumer span per resume batch.
export default withTelemetry<EmailEnv>(emailWorker(), { service: "agentic-sales-email" });
