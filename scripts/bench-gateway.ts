// pnpm bench:gateway — what the model hub costs per call: hub.complete against
// calling the offline provider directly, and the exact-match cache (hit, and
// a throwing cache failing open) against a provider that answers at once. All
// variants interleaved in one run; medians in ms. Node 22; the shared gateway
// uses TS parameter properties, so this re-runs itself with transform-types.
import { relaunchWithTransformTypes } from "./lib/transform-types.ts";

relaunchWithTransformTypes(import.meta.filename);
await import("./bench-gateway/main.ts");
