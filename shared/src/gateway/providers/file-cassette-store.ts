// Node only (node:fs): import this file directly from tests and evals, never from a Worker.
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { CassetteFile } from "./cassette-key.ts";
import type { CassetteEntry, CassetteStore } from "./record-replay.ts";

/** `<repo>/evals/cassettes`, found from this file so it does not depend on the cwd. */
export const DEFAULT_CASSETTE_DIR = fileURLToPath(new URL("../../../../evals/cassettes/", import.meta.url));

/**
 * Cassettes as JSON files under `root/<graph>/<promptVersion>.json`, keys sorted and
 * pretty-printed so recordings review as small diffs. Writes to one file are
 * serialised and land by rename, so concurrent calls in one run never lose an entry.
 *
 * @example
 * const store = fileCassetteStore(); // evals/cassettes
 * const provider = replayProvider({ store, defaultModel: "gpt-4o-mini" });
 */
export function fileCassetteStore(root = DEFAULT_CASSETTE_DIR): CassetteStore {
  const cache = new Map<string, Record<string, CassetteEntry>>();
  const queues = new Map<string, Promise<void>>();
  const fileOf = (f: CassetteFile) => path.join(root, f.graph, `${f.promptVersion}.json`);

  async function load(file: string): Promise<Record<string, CassetteEntry>> {
    const hit = cache.get(file);
    if (hit) return hit;
    let map: Record<string, CassetteEntry> = {};
    try {
      map = JSON.parse(await readFile(file, "utf8")) as Record<string, CassetteEntry>;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw new Error(`Cannot read cassette file ${file}: ${(e as Error).message}`);
    }
    cache.set(file, map);
    return map;
  }

  return {
    async get(f, key) {
      return (await load(fileOf(f)))[key];
    },
    put(f, key, entry) {
      const file = fileOf(f);
      const next = (queues.get(file) ?? Promise.resolve()).then(async () => {
        const map = { ...(await load(file)), [key]: entry };
        const sorted = Object.fromEntries(Object.keys(map).sort().map((k) => [k, map[k]!]));
        await mkdir(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await writeFile(tmp, `${JSON.stringify(sorted, null, 2)}\n`);
        await rename(tmp, file);
        cache.set(file, sorted);
      });
      queues.set(file, next.catch(() => undefined));
      return next;
    },
  };
}
