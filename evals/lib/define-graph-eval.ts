// One eval harness for every graph: a graph's `eval.test.ts` declares its
// dataset, how to run it and its pure evaluators; this registers the tests.
//
//   <graph> dataset            versioned against the contract, enough unique ids, segments
//                              covered, every input satisfies the input contract, extra checks
//   <graph> <run path>         per example: every (strict) evaluator scores 1, the failures named
//                              per evaluator: its mean score over the dataset meets its threshold
//                              per segment: every example of it fully correct
//   <graph> evaluators can fail   known-good outputs accepted, each known-bad one scored below 1
//
// Every example is run once per path (in a `beforeAll`, `concurrency` at a
// time) and each test reads the scores; a run that throws fails its own
// example's test and counts 0 in the aggregates, it does not abort the file.
import { beforeAll, describe, expect, it } from "vitest";
import type { EvalDataset, EvalExample, EvalResult, Evaluator } from "../../shared/src/contracts/evaluator.ts";

/** The parts of a graph contract the harness checks (a `GraphContract` fits). */
export interface EvalContract {
  readonly graph: string;
  readonly version: string;
  /** When given, every example's raw input must satisfy it. */
  readonly input?: { safeParse(value: unknown): { readonly error?: { readonly issues: readonly unknown[] } | undefined } };
}

/** Runs the graph on one prepared example; returns its (contract-parsed) output. */
export type EvalRun<I, R, O> = (input: I, example: EvalExample<I, R>) => O | Promise<O>;

/** A row of the "evaluators can fail" table: `evaluator` must score `output` below 1 (or exactly `score`). */
export interface FailingRow<I, R, O> {
  readonly name: string;
  readonly evaluator: Evaluator<O, I, R>;
  /** An example object, or the id of a dataset example (prepared); default: the table's `example`. */
  readonly example?: EvalExample<I, R> | string;
  readonly output: O;
  /** A good output this evaluator must score 1 on the same example (a control). */
  readonly good?: O;
  /** The exact score expected; default: anything below 1. */
  readonly score?: number;
}

/** What `extras` gets to register graph-specific tests. */
export interface EvalContext<I, R, O> {
  /** The prepared dataset example with this id (throws for an unknown id). */
  example(id: string): EvalExample<I, R>;
  /** Every example's output on a run path (default: the first), run once and shared with the harness's tests. */
  outputs(path?: string): Promise<ReadonlyMap<string, O>>;
}

export interface GraphEval<I, R, O, RawI = I> {
  readonly dataset: EvalDataset<RawI, R>;
  readonly contract: EvalContract;
  /** Minimum number of examples; default 10. */
  readonly minExamples?: number;
  /** When given, the dataset's segments must be exactly these, and each is tested for full correctness. */
  readonly segments?: readonly string[];
  /** Further dataset tests, by name. */
  readonly datasetChecks?: Readonly<Record<string, (dataset: EvalDataset<RawI, R>) => void>>;
  /** Turns a raw dataset example into what `run` and the evaluators take (e.g. `parseInput(contract)`). Default: as is. */
  readonly prepare?: (example: EvalExample<RawI, R>) => EvalExample<I, R>;
  /** One run, or several named run paths (each evaluated in full). */
  readonly run: EvalRun<I, R, O> | Readonly<Record<string, EvalRun<I, R, O>>>;
  /** Examples run at once per path; default 8. */
  readonly concurrency?: number;
  /** Pure evaluators, as a list (keyed by function name) or by key. */
  readonly evaluators: readonly Evaluator<O, I, R>[] | Readonly<Record<string, Evaluator<O, I, R>>>;
  /**
   * Minimum mean score per evaluator key over the dataset; default 1 for every
   * evaluator. An evaluator at 1 is strict: it must also pass every single
   * example; one below 1 is gated by its mean alone.
   */
  readonly thresholds?: Readonly<Record<string, number>>;
  /** Evidence that the evaluators can fail: known-good outputs they accept, known-bad ones they reject. */
  readonly canFail?: {
    /** The example the rows and accepted outputs are scored on unless they name their own. */
    readonly example?: EvalExample<I, R> | string;
    readonly accepts?: readonly { readonly output: O; readonly example?: EvalExample<I, R> | string }[];
    readonly rows: readonly FailingRow<I, R, O>[];
  };
  /** Graph-specific tests, registered after the harness's. */
  readonly extras?: (context: EvalContext<I, R, O>) => void;
}

/** `prepare` that parses each example's input with the contract (defaults filled in). */
export const parseInput =
  <I>(contract: { readonly input: { parse(value: unknown): I } }) =>
  <R>(example: EvalExample<unknown, R>): EvalExample<I, R> => ({ ...example, input: contract.input.parse(example.input) });

interface Score {
  readonly key: string;
  readonly result: EvalResult;
}
type Outcome<O> = { readonly id: string; readonly output: O; readonly scores: readonly Score[] } | { readonly id: string; readonly error: unknown };

const DEFAULT_PATH = "on its fixtures";
const RUN_TIMEOUT_MS = 180_000;

const message = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
const failed = (s: Score) => `${s.key} scored ${s.result.score}: ${s.result.reason}`;

/** `items` through `fn`, at most `limit` at once, results in order. */
async function mapLimited<T, U>(items: readonly T[], limit: number, fn: (item: T) => Promise<U>): Promise<U[]> {
  const out = new Array<U>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}

/**
 * Registers a graph's eval tests (see the top of this file).
 *
 * @example
 * defineGraphEval({
 *   dataset, contract, prepare: parseInput(contract), evaluators,
 *   run: async (input) => contract.output.parse(await graph.invoke(input)),
 *   canFail: { accepts: [{ output: good, example }], rows: [{ name: "wrong band", evaluator: bandMatches, example, output: { ...good, band: "stable" } }] },
 * });
 */
export function defineGraphEval<I, R, O, RawI = I>(spec: GraphEval<I, R, O, RawI>): void {
  const { dataset, contract } = spec;
  const graph = dataset.graph;
  const prepare = spec.prepare ?? ((example: EvalExample<RawI, R>) => example as unknown as EvalExample<I, R>);
  const evaluators: readonly (readonly [string, Evaluator<O, I, R>])[] = Array.isArray(spec.evaluators)
    ? (spec.evaluators as readonly Evaluator<O, I, R>[]).map((evaluate, i) => [evaluate.name || `evaluator_${i}`, evaluate] as const)
    : Object.entries(spec.evaluators as Readonly<Record<string, Evaluator<O, I, R>>>);
  const keys = evaluators.map(([key]) => key);
  if (new Set(keys).size !== keys.length) throw new Error(`${graph}: evaluator keys are not unique: ${keys.join(", ")}`);
  for (const key of Object.keys(spec.thresholds ?? {})) if (!keys.includes(key)) throw new Error(`${graph}: threshold for unknown evaluator "${key}" (have ${keys.join(", ")})`);
  const threshold = (key: string) => spec.thresholds?.[key] ?? 1;
  const strict = (s: Score) => threshold(s.key) >= 1;
  const paths: readonly (readonly [string, EvalRun<I, R, O>])[] = typeof spec.run === "function" ? [[DEFAULT_PATH, spec.run]] : Object.entries(spec.run);

  const prepared = new Map<string, EvalExample<I, R>>();
  const example = (id: string): EvalExample<I, R> => {
    const cached = prepared.get(id);
    if (cached) return cached;
    const raw = dataset.examples.find((e) => e.id === id);
    if (!raw) throw new Error(`${graph}: no dataset example "${id}"`);
    const ex = prepare(raw);
    prepared.set(id, ex);
    return ex;
  };
  const resolve = (ex: EvalExample<I, R> | string | undefined) => {
    const chosen = ex ?? spec.canFail?.example;
    if (chosen === undefined) throw new Error(`${graph}: a canFail row names no example and the table has no default`);
    return typeof chosen === "string" ? example(chosen) : chosen;
  };

  const evaluate = (output: O, ex: EvalExample<I, R>): Score[] =>
    evaluators.map(([key, evaluator]) => {
      try {
        return { key, result: evaluator({ output }, ex) };
      } catch (error) {
        return { key, result: { key, score: 0, reason: `evaluator threw ${message(error)}` } };
      }
    });

  const runs = new Map<string, Promise<readonly Outcome<O>[]>>();
  const outcomes = (path: string): Promise<readonly Outcome<O>[]> => {
    let pending = runs.get(path);
    if (!pending) {
      const run = paths.find(([name]) => name === path)?.[1];
      if (!run) throw new Error(`${graph}: no run path "${path}" (have ${paths.map(([p]) => p).join(", ")})`);
      pending = mapLimited(dataset.examples, spec.concurrency ?? 8, async ({ id }): Promise<Outcome<O>> => {
        try {
          const ex = example(id);
          const output = await run(ex.input, ex);
          return { id, output, scores: evaluate(output, ex) };
        } catch (error) {
          return { id, error };
        }
      });
      runs.set(path, pending);
    }
    return pending;
  };

  describe(`${graph} dataset`, () => {
    const covers = spec.segments ? ", covers every segment" : "";
    it(`is versioned against the current contract, has at least ${spec.minExamples ?? 10} examples with unique ids${covers}`, () => {
      expect(dataset.graph, "dataset.graph").toBe(contract.graph);
      expect(dataset.contractVersion, "dataset.contractVersion").toBe(contract.version);
      expect(dataset.examples.length, "number of examples").toBeGreaterThanOrEqual(spec.minExamples ?? 10);
      const ids = dataset.examples.map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), "duplicate ids").toEqual([]);
      if (spec.segments) expect(new Set(dataset.examples.map((e) => e.segment)), "segments").toEqual(new Set(spec.segments));
    });

    for (const [name, check] of Object.entries(spec.datasetChecks ?? {})) it(name, () => check(dataset));

    const input = contract.input;
    if (input) {
      it.each(dataset.examples)("$id: input satisfies the contract", ({ input: raw }) => {
        expect(input.safeParse(raw).error?.issues).toBeUndefined();
      });
    }
  });

  for (const [path] of paths) {
    describe(`${graph} ${path}`, () => {
      let all: readonly Outcome<O>[] = [];
      beforeAll(async () => {
        all = await outcomes(path);
      }, RUN_TIMEOUT_MS);
      const byId = (id: string) => all.find((o) => o.id === id)!;

      it.each(dataset.examples)("$id: every evaluator passes", ({ id }) => {
        const outcome = byId(id);
        if ("error" in outcome) throw new Error(`${graph} ${path}, example ${id}: the run failed: ${message(outcome.error)}`, { cause: outcome.error });
        expect(outcome.scores.filter(strict).filter((s) => s.result.score < 1).map(failed), `${graph} ${path}, example ${id}: evaluators below 1`).toEqual([]);
      });

      for (const key of keys) {
        it(`${key}: mean score ≥ ${threshold(key)} over the dataset`, () => {
          const scored = all.map((o) => ({ id: o.id, result: "error" in o ? { key, score: 0, reason: `run failed: ${message(o.error)}` } : o.scores.find((s) => s.key === key)!.result }));
          const mean = scored.reduce((sum, s) => sum + s.result.score, 0) / scored.length;
          const below = scored.filter((s) => s.result.score < 1).map((s) => `${s.id}: ${s.result.score} ${s.result.reason}`);
          expect(mean, `${graph} ${path}, evaluator ${key}: mean ${mean.toFixed(3)} < ${threshold(key)}; below 1 on:\n  ${below.join("\n  ")}\n`).toBeGreaterThanOrEqual(threshold(key));
        });
      }

      for (const segment of spec.segments ?? []) {
        it(`segment ${segment} is fully correct`, () => {
          const inSegment = dataset.examples.filter((e) => e.segment === segment).map((e) => byId(e.id));
          expect(inSegment.length, `examples in segment ${segment}`).toBeGreaterThan(0);
          const bad = inSegment.flatMap((o) => ("error" in o ? [`${o.id}: run failed: ${message(o.error)}`] : o.scores.filter(strict).filter((s) => s.result.score < 1).map((s) => `${o.id}: ${failed(s)}`)));
          expect(bad, `${graph} ${path}, segment ${segment}`).toEqual([]);
        });
      }
    });
  }

  if (spec.canFail) {
    const { accepts = [], rows } = spec.canFail;
    describe(`${graph} evaluators can fail`, () => {
      if (accepts.length) {
        it(`accept the known-good output${accepts.length > 1 ? "s" : ""}`, () => {
          for (const { output, example: ex } of accepts) {
            const resolved = resolve(ex);
            expect(evaluate(output, resolved).filter((s) => s.result.score < 1).map(failed), `known-good output on ${resolved.id}`).toEqual([]);
          }
        });
      }
      for (const row of rows) {
        it(`${row.name} scores ${row.score === undefined ? "below 1" : row.score}`, () => {
          const ex = resolve(row.example);
          const name = row.evaluator.name || "the evaluator";
          if (row.good !== undefined) {
            const control = row.evaluator({ output: row.good }, ex);
            expect(control.score, `${name} on the good output: ${control.reason}`).toBe(1);
          }
          const result = row.evaluator({ output: row.output }, ex);
          const what = `${name} should reject "${row.name}" on ${ex.id}; it said ${result.score}: ${result.reason}`;
          if (row.score === undefined) expect(result.score, what).toBeLessThan(1);
          else expect(result.score, what).toBe(row.score);
        });
      }
    });
  }

  spec.extras?.({ example, outputs: async (path = paths[0]![0]) => {
    const map = new Map<string, O>();
    for (const o of await outcomes(path)) {
      if ("error" in o) throw new Error(`${graph} ${path}, example ${o.id}: the run failed: ${message(o.error)}`, { cause: o.error });
      map.set(o.id, o.output);
    }
    return map;
  } });
}
