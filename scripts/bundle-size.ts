// pnpm size — builds every Worker with `wrangler deploy --dry-run` (which also
// proves each one bundles for deploy) and prints its size and gzip size.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { WORKERS } from "../shared/src/registry/graph-spec.ts";
import { ROOT } from "./lib/fleet.ts";
import { table } from "./lib/stats.ts";

const configs = [["dispatcher", "wrangler.toml"], ...WORKERS.map((w) => [w, `workers/${w}/wrangler.toml`])] as const;
const out = mkdtempSync(path.join(tmpdir(), "agentic-sales-bundles-"));
const rows: (string | number)[][] = [["worker", "bundle KiB", "gzip KiB"]];
let failed = false;
for (const [name, config] of configs) {
  const dir = path.join(out, name);
  const res = spawnSync(path.join(ROOT, "node_modules/.bin/wrangler"), ["deploy", "--dry-run", "--outdir", dir, "-c", config], { cwd: ROOT, encoding: "utf8" });
  if (res.status !== 0) {
    failed = true;
    console.error(`${name}: wrangler deploy --dry-run failed\n${res.stdout}\n${res.stderr}`);
    continue;
  }
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(m?js|wasm)$/.test(f) && statSync(path.join(dir, f)).isFile());
  const bytes = files.map((f) => readFileSync(path.join(dir, f)));
  const raw = bytes.reduce((n, b) => n + b.length, 0);
  const gz = bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  rows.push([name, raw / 1024, gz / 1024]);
}
rmSync(out, { recursive: true, force: true });
console.log(table(rows));
process.exit(failed ? 1 : 0);
