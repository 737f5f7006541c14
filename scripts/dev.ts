// pnpm dev: the whole fleet on http://127.0.0.1:8787, offline, on local D1.
import { DEV_TOKEN, ensureFixtureWeb, FIXTURE_WEB_PORT, migrateLocal, startFleet } from "./lib/fleet.ts";
import { telemetryVarsFrom } from "./lib/telemetry-vars.ts";

const port = Number(process.env.PORT ?? 8787);
migrateLocal({ port, inheritOutput: true });
// Offline: discovery and enrichment crawl fixture company sites served locally.
const web = await ensureFixtureWeb();
// Telemetry set in the shell reaches every Worker: OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 pnpm dev
const fleet = await startFleet({ port, inheritOutput: true, fleetVars: telemetryVarsFrom(process.env) });
console.log(`\nFleet up: ${fleet.url}  (Authorization: Bearer ${DEV_TOKEN}); fixture sites on http://127.0.0.1:${FIXTURE_WEB_PORT}. Ctrl-C stops it.\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void Promise.all([fleet.stop(), web.close()]).then(() => process.exit(0)));
fleet.child.on("exit", (code) => process.exit(code ?? 0));
