// pnpm bench:discovery — contact_discovery over the generated 200-page fixture
// site, for real: the discovery Worker under wrangler dev (workerd), the site
// and DoH served by the loopback fixture web, the full fetch path (robots.txt,
// manual redirects, caps, charset, HTMLRewriter) and the graph runtime.
//
// What the numbers mean:
// - pages/s: pages read by the crawl (from the run's own page reports, cross-
//   checked against what the fixture server served) over the wall time of one
//   POST /runs/wait, measured in Node around the request.
// - memory: the Worker runs in the workerd process, which Node cannot see into
//   (process.memoryUsage() there is Node-only and Workers expose no memory
//   API). We read workerd's resident set from /proc/<pid>/status (Linux):
//   VmRSS before the runs and VmHWM (peak RSS) after them. That is the whole
//   workerd process — runtime, compiled bundle, every isolate — so the peak is
//   an upper bound on what a crawl costs, and peak − baseline is what the runs
//   added. Node's own heap (fixture server + harness) is printed separately.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { BENCH_DOMAIN, BENCH_PAGES, startFixtureWeb } from "../test/fakes/fixture-web.ts";
import { startWorker } from "./lib/fleet.ts";
import { median, table } from "./lib/stats.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CONCURRENCY = process.env.BENCH_CONCURRENCY ?? "4";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Descendant pids of `root` whose command is workerd (wrangler dev → … → workerd). */
function workerdPids(root: number): number[] {
  const parent = new Map<number, number>();
  const comm = new Map<number, string>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      parent.set(Number(entry), Number(stat.slice(close + 2).split(" ")[1]));
      comm.set(Number(entry), stat.slice(stat.indexOf("(") + 1, close));
    } catch {
      // the process exited while we looked
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  return [...comm].filter(([pid, name]) => name.startsWith("workerd") && isDescendant(pid)).map(([pid]) => pid);
}

/** VmRSS / VmHWM of a process in MiB (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
  return { rss: kib("VmRSS") / 1024, peak: kib("VmHWM") / 1024 };
}

interface RunBody {
  contacts?: unknown[];
  pages?: { outcome: string }[];
  __error__?: unknown;
}

const web = await startFixtureWeb();
const state = mkdtempSync(path.join(tmpdir(), "agentic-sales-bench-discovery-"));
const worker = await startWorker("discovery", {
  port: await freePort(),
  persistTo: state,
  vars: { SITE_ORIGIN_TEMPLATE: web.originTemplate, DOH_URL: web.dohUrl, CRAWL_CONCURRENCY: CONCURRENCY, DISCOVERY_MAX_PAGES_CAP: "250" },
});

async function discover(maxPages: number): Promise<{ ms: number; body: RunBody; served: number }> {
  const before = web.requests.length;
  const started = performance.now();
  const response = await fetch(`${worker.url}/runs/wait`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ assistant_id: "contact_discovery", input: { domain: BENCH_DOMAIN, max_pages: maxPages, as_of: "2026-05-01T00:00:00Z" } }),
  });
  const body = (await response.json()) as RunBody;
  const ms = performance.now() - started;
  if (!response.ok || body.__error__) throw new Error(`run failed: ${response.status} ${JSON.stringify(body).slice(0, 500)}`);
  const served = web.requests.slice(before).filter((r) => r.path.startsWith(`/${BENCH_DOMAIN}/`) && !r.path.endsWith("/robots.txt")).length;
  return { ms, body, served };
}

try {
  const [pid] = workerdPids(worker.child.pid!);
  await discover(5); // warm-up: bundle load, graph compile, JIT, connections
  const baseline = pid ? memoryOf(pid) : null;
  const rows: (string | number)[][] = [["run", "wall ms", "pages read", "pages served", "pages/s", "contacts"]];
  const rates: number[] = [];
  for (let i = 1; i <= RUNS; i++) {
    const { ms, body, served } = await discover(BENCH_PAGES);
    const read = body.pages?.filter((p) => p.outcome === "read").length ?? 0;
    rates.push(read / (ms / 1000));
    rows.push([String(i), ms, String(read), String(served), read / (ms / 1000), String(body.contacts?.length ?? 0)]);
  }
  const after = pid ? memoryOf(pid) : null;
  console.log(`\ncontact_discovery on ${BENCH_DOMAIN} (${BENCH_PAGES} pages), max_pages ${BENCH_PAGES}, crawl concurrency ${CONCURRENCY}, ${RUNS} runs after 1 warm-up\n`);
  console.log(table(rows));
  console.log(`\nload average ${loadavg().map((l) => l.toFixed(2)).join(" ")} on ${(await import("node:os")).cpus().length} CPUs (the machine is shared: compare runs under similar load)`);
  console.log(`median ${median(rates).toFixed(1)} pages/s (wall time of POST /runs/wait, measured in Node; includes robots.txt, DoH and the graph runtime)`);
  if (baseline && after) {
    console.log(`workerd process ${pid}: RSS ${baseline.rss.toFixed(1)} MiB before the runs, ${after.rss.toFixed(1)} MiB after; peak RSS (VmHWM) ${after.peak.toFixed(1)} MiB, +${(after.peak - baseline.rss).toFixed(1)} MiB over the pre-run RSS`);
  } else {
    console.log("workerd process not found under wrangler: no memory figure (Linux /proc only)");
  }
  const node = process.memoryUsage();
  console.log(`Node harness + fixture server (not the crawler): rss ${(node.rss / 2 ** 20).toFixed(1)} MiB, heapUsed ${(node.heapUsed / 2 ** 20).toFixed(1)} MiB`);
} finally {
  await worker.stop();
  await web.close();
  rmSync(state, { recursive: true, force: true });
}
