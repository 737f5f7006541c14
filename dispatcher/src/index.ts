import { withTelemetry } from "@agentic-sales/shared/telemetry/instrument";
import { relayEmail } from "./email-relay.ts";
import { createDispatcherApp } from "./routes.ts";
import { scheduled } from "./scheduled.ts";

const app = createDispatcherApp();

export default withTelemetry<DispatcherEnv>({ fetch: app.fetch, scheduled, email: relayEmail }, { service: "agentic-sales-dispatcher" });
