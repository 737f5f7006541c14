// pnpm traces — a local OTLP/HTTP JSON receiver on 127.0.0.1:4318 that prints
// each trace as an indented span tree. Point the fleet at it:
//   OTEL_EXPORTER_OTLP_ENDPOINT=http://127.0.0.1:4318 pnpm dev
import { renderTrace } from "./lib/otlp-json.ts";
import { startOtlpReceiver } from "./lib/otlp-receiver.ts";

const port = Number(process.env.PORT ?? 4318);
const receiver = await startOtlpReceiver({ port, onTrace: (spans) => console.log(`\n${renderTrace(spans)}`) });
console.log(`OTLP receiver on ${receiver.url}/v1/traces (JSON). Ctrl-C stops it.`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void receiver.close().then(() => process.exit(0)));
