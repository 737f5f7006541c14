import { MemorySaver } from "@langchain/langgraph";
import type { InjectionString } from "./corpus.ts";
import { checkRequests, systemDrift, type RecordedRequest } from "./check-requests.ts";
import { recordingHub } from "./recording-hub.ts";
import { setField } from "./set-field.ts";
import type { InjectionTarget } from "./targets.ts";

/** What the injection test needs of a builder module. */
export interface GraphModule {
  buildGraph(): { compile(o?: { checkpointer?: MemorySaver }): { invoke(input: unknown, config: object): Promise<unknown> } };
  readonly contract?: { readonly input: { safeParse(v: unknown): { success: boolean } } };
}

const FIXED_NOW = new Date("2026-01-15T10:00:00Z");
let threads = 0;

/** Runs the graph once on `input` with a recording hub; the requests it made, or the error it threw. */
export async function runOnce(target: InjectionTarget, mod: GraphModule, input: unknown): Promise<{ recorded: RecordedRequest[]; error?: string }> {
  const { hub, recorded } = recordingHub();
  const graph = mod.buildGraph().compile(target.interrupts ? { checkpointer: new MemorySaver() } : undefined);
  try {
    await graph.invoke(input, {
      configurable: { thread_id: `injection-${++threads}` },
      // What the runtime passes (run-graph.ts): the caller's context plus the worker's services.
      context: { services: { hub, now: () => FIXED_NOW } },
    });
  } catch (e) {
    return { recorded, error: e instanceof Error ? e.message : String(e) };
  }
  return { recorded };
}

/**
 * Pushes every corpus string through one untrusted field of a graph and
 * returns every problem found (empty = the field is safe), each naming the
 * graph, field and corpus id. A graph that makes no hub call is one problem.
 *
 * @example
 * const problems = await checkField(target, await import(builderPath), "inbound.body", loadCorpus());
 */
export async function checkField(target: InjectionTarget, mod: GraphModule, field: string, corpus: readonly InjectionString[]): Promise<string[]> {
  const where = `${target.graph} (${field})`;
  const baseline = await runOnce(target, mod, target.baseInput);
  if (baseline.error) return [`${where}: the baseline run failed: ${baseline.error}`];
  if (baseline.recorded.length === 0) {
    return [
      `${target.graph} made no model call through config.context.services.hub, so untrusted text cannot be checked: ` +
        `its nodes must call hub.complete/completeJson with messages from buildMessages.`,
    ];
  }
  const problems: string[] = [];
  let fitted = 0;
  for (const s of corpus) {
    const input = setField(target.baseInput, field, s.text);
    // A string the contract refuses never reaches the graph through the API; other fields carry it.
    if (mod.contract && !mod.contract.input.safeParse(input).success) continue;
    fitted++;
    const run = await runOnce(target, mod, input);
    if (run.error) problems.push(`${where} [${s.id}]: the run failed: ${run.error}`);
    if (run.recorded.length === 0) problems.push(`${where} [${s.id}]: made no model call`);
    for (const p of [...checkRequests(run.recorded, s.text), ...systemDrift(baseline.recorded, run.recorded)]) problems.push(`${where} [${s.id}]: ${p}`);
  }
  if (fitted === 0) problems.push(`${where}: the contract refused every corpus string; this field checks nothing`);
  return problems;
}

/** Corpus ids no field of the target accepted: each string must go through at least one field. */
export function unfittedIds(target: InjectionTarget, mod: GraphModule, corpus: readonly InjectionString[]): string[] {
  if (!mod.contract) return [];
  const contract = mod.contract;
  return corpus.filter((s) => !target.fields.some((f) => contract.input.safeParse(setField(target.baseInput, f, s.text)).success)).map((s) => s.id);
}
