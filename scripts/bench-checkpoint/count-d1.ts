// Counts D1 round trips, attributed to the checkpointer method that made them.
import { AsyncLocalStorage } from "node:async_hooks";

/** Every D1 call that goes to the database: a statement run outside a batch, a batch, an exec. */
export const ROUND_TRIPS = ["run", "first", "all", "raw", "batch", "exec"] as const;
export type RoundTrip = (typeof ROUND_TRIPS)[number];

/** Checkpointer methods counted separately; anything else counts as "other". */
export const SAVER_METHODS = ["getTuple", "put", "putWrites", "list", "deleteThread"] as const;

export interface OpCount {
  /** Calls of the method. */
  calls: number;
  /** D1 round trips made during those calls. */
  roundTrips: number;
}

export interface D1Counts {
  /** Round trips by kind. */
  byKind: Record<RoundTrip, number>;
  /** Calls and round trips by checkpointer method ("other" for round trips outside one). */
  byMethod: Record<string, OpCount>;
  total: number;
}

const emptyCounts = (): D1Counts => ({
  byKind: Object.fromEntries(ROUND_TRIPS.map((k) => [k, 0])) as Record<RoundTrip, number>,
  byMethod: Object.fromEntries([...SAVER_METHODS, "other"].map((m) => [m, { calls: 0, roundTrips: 0 }])),
  total: 0,
});

/**
 * A D1Database wrapper and a saver wrapper sharing one set of counters: the
 * saver's methods run in an AsyncLocalStorage context naming the method, so
 * the D1 calls they make (even concurrent ones, as LangGraph's async
 * durability overlaps put with the next step's putWrites) are attributed to it.
 */
export class D1Counter {
  counts = emptyCounts();
  readonly #method = new AsyncLocalStorage<string>();

  reset(): void {
    this.counts = emptyCounts();
  }

  #tally(kind: RoundTrip): void {
    this.counts.byKind[kind] += 1;
    this.counts.total += 1;
    this.counts.byMethod[this.#method.getStore() ?? "other"]!.roundTrips += 1;
  }

  /** `db` with every round trip counted. Statements stay the real objects (batch() needs them), patched per instance. */
  wrap(db: D1Database): D1Database {
    const counter = this;
    const patch = (stmt: D1PreparedStatement): D1PreparedStatement => {
      for (const kind of ["run", "first", "all", "raw"] as const) {
        const original = stmt[kind] as (...args: unknown[]) => unknown;
        Object.defineProperty(stmt, kind, {
          value: (...args: unknown[]) => {
            counter.#tally(kind);
            return original.apply(stmt, args);
          },
        });
      }
      const bind = stmt.bind;
      Object.defineProperty(stmt, "bind", { value: (...params: unknown[]) => patch(bind.apply(stmt, params)) });
      return stmt;
    };
    return new Proxy(db, {
      get(target, prop) {
        if (prop === "prepare") return (sql: string) => patch(target.prepare(sql));
        if (prop === "batch") {
          return (statements: D1PreparedStatement[]) => {
            counter.#tally("batch");
            return target.batch(statements);
          };
        }
        if (prop === "exec") {
          return (sql: string) => {
            counter.#tally("exec");
            return target.exec(sql);
          };
        }
        const value = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  }

  /** Counts `saver`'s method calls and runs each in a context naming it (patches the instance). */
  instrument<T extends object>(saver: T): T {
    for (const method of SAVER_METHODS) {
      const original = (saver as Record<string, unknown>)[method];
      if (typeof original !== "function") continue;
      const counter = this;
      Object.defineProperty(saver, method, {
        configurable: true,
        value(this: unknown, ...args: unknown[]) {
          counter.counts.byMethod[method]!.calls += 1;
          return counter.#method.run(method, () => original.apply(saver, args));
        },
      });
    }
    return saver;
  }
}
