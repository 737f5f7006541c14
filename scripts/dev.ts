// pnpm dev: the whole fleet on http://127.0.0.1:8787, offline, on local D1.
import { DEV_TOKEN, migrateLocal, startFleet } from "./lib/fleet.ts";

const port = Number(process.env.PORT ?? 8787);
migrateLocal({ port, inheritOutput: true });
const fleet = await startFleet({ port, inheritOutput: true });
console.log(`\nFleet up: ${fleet.url}  (Authorization: Bearer ${DEV_TOKEN}). Ctrl-C stops it.\n`);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void fleet.stop().then(() => process.exit(0)));
fleet.child.on("exit", (code) => process.exit(code ?? 0));
