// Where a checkpointer's time goes, measured inside the benchmark Worker with
// performance.now() (workerd advances it in ms steps; summed over thousands of
// calls): time in the serializer (dumpsTyped / loadsTyped), time waiting on D1
// (batch / run / first / all, from the call to its answer), and time inside
// each saver method. Calls overlap under LangGraph's async durability (a put
// runs while the next step computes, putWrites run beside it), so summed
// times can exceed the wall time; `d1.busyMs` is the wall time during which
// at least one D1 call was in flight. The wall time of the same threads with
// LangGraph's in-memory MemorySaver is the floor: LangGraph's own work.
import type { BaseCheckpointSaver } from "@langchain/langgraph";

type SerializerProtocol = BaseCheckpointSaver["serde"];

export interface Profile {
  /** ms spent in serde.dumpsTyped / serde.loadsTyped, and their call counts. */
  serde: { dumpsMs: number; loadsMs: number; dumps: number; loads: number };
  /**
   * ms from each D1 call to its answer (summed; calls may overlap), the
   * calls, and the wall ms during which at least one was in flight.
   */
  d1: { ms: number; calls: number; busyMs: number };
  /** ms inside each saver method (summed), and calls. */
  methods: Record<string, { ms: number; calls: number }>;
}

export const emptyProfile = (): Profile => ({
  serde: { dumpsMs: 0, loadsMs: 0, dumps: 0, loads: 0 },
  d1: { ms: 0, calls: 0, busyMs: 0 },
  methods: {},
});

const timeAsync = async <T>(run: () => Promise<T>, done: (ms: number) => void): Promise<T> => {
  const started = performance.now();
  try {
    return await run();
  } finally {
    done(performance.now() - started);
  }
};

/** Times `serde`'s calls into `profile` (patches the instance). */
export function profileSerde(serde: SerializerProtocol, profile: Profile): void {
  const dumps = serde.dumpsTyped.bind(serde);
  const loads = serde.loadsTyped.bind(serde);
  serde.dumpsTyped = (value: unknown) => {
    const started = performance.now();
    profile.serde.dumps += 1;
    const result = dumps(value);
    // JsonPlusSerializer does its work synchronously before returning the promise.
    profile.serde.dumpsMs += performance.now() - started;
    return result;
  };
  serde.loadsTyped = (type: string, data: Uint8Array | string) => {
    profile.serde.loads += 1;
    return timeAsync(() => loads(type, data), (ms) => (profile.serde.loadsMs += ms));
  };
}

/** `db` with the wait of every D1 call timed into `profile`. */
export function profileD1(db: D1Database, profile: Profile): D1Database {
  let inFlight = 0;
  let busySince = 0;
  const timed = <T>(run: () => Promise<T>) => {
    profile.d1.calls += 1;
    if (inFlight++ === 0) busySince = performance.now();
    return timeAsync(run, (ms) => {
      profile.d1.ms += ms;
      if (--inFlight === 0) profile.d1.busyMs += performance.now() - busySince;
    });
  };
  const patch = (stmt: D1PreparedStatement): D1PreparedStatement => {
    for (const kind of ["run", "first", "all", "raw"] as const) {
      const original = stmt[kind] as (...args: unknown[]) => Promise<unknown>;
      Object.defineProperty(stmt, kind, { value: (...args: unknown[]) => timed(() => original.apply(stmt, args)) });
    }
    const bind = stmt.bind;
    Object.defineProperty(stmt, "bind", { value: (...params: unknown[]) => patch(bind.apply(stmt, params)) });
    return stmt;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "prepare") return (sql: string) => patch(target.prepare(sql));
      if (prop === "batch") return (statements: D1PreparedStatement[]) => timed(() => target.batch(statements));
      if (prop === "exec") return (sql: string) => timed(() => target.exec(sql));
      const value = Reflect.get(target, prop, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Times `saver`'s checkpointer methods into `profile` (patches the instance). */
export function profileMethods<T extends object>(saver: T, profile: Profile): T {
  for (const method of ["getTuple", "put", "putWrites"]) {
    const original = (saver as Record<string, unknown>)[method];
    if (typeof original !== "function") continue;
    Object.defineProperty(saver, method, {
      configurable: true,
      value(...args: unknown[]) {
        const m = (profile.methods[method] ??= { ms: 0, calls: 0 });
        m.calls += 1;
        return timeAsync(() => original.apply(saver, args) as Promise<unknown>, (ms) => (m.ms += ms));
      },
    });
  }
  return saver;
}

export function addProfile(into: Profile, more: Profile): Profile {
  into.serde.dumpsMs += more.serde.dumpsMs;
  into.serde.loadsMs += more.serde.loadsMs;
  into.serde.dumps += more.serde.dumps;
  into.serde.loads += more.serde.loads;
  into.d1.ms += more.d1.ms;
  into.d1.calls += more.d1.calls;
  into.d1.busyMs += more.d1.busyMs;
  for (const [k, v] of Object.entries(more.methods)) {
    const m = (into.methods[k] ??= { ms: 0, calls: 0 });
    m.ms += v.ms;
    m.calls += v.calls;
  }
  return into;
}
