import { BaseCallbackHandler } from "@langchain/core/callbacks/base";
import { AsyncLocalStorageProviderSingleton } from "@langchain/core/singletons";
import { context, SpanStatusCode, trace, type Span, type Tracer } from "@opentelemetry/api";
import { ATTR } from "./attributes.ts";
import { setAllowedAttributes } from "./set-attributes.ts";

// An interrupt() pauses a thread for a human; it is not a failure.
const isInterrupt = (e: unknown) => ["GraphInterrupt", "NodeInterrupt"].includes((e as Error | undefined)?.name ?? "");

/**
 * A LangChain callback handler that opens one span per graph node run, as a
 * child of the graph span (or of the enclosing node, for subgraphs). LangGraph
 * reports every node task as a chain run whose `metadata.langgraph_node`
 * equals its run name; internal runs (channel writers, sequences) are not
 * spans but remember their nearest node so nested lookups land right.
 *
 * Awaited (not backgrounded) so a node's span exists before its body runs
 * and ends when it returns.
 *
 * @example
 * const handler = new NodeSpanHandler(tracer, graphSpan);
 * await graph.invoke(input, { callbacks: [handler] });
 */
export class NodeSpanHandler extends BaseCallbackHandler {
  override name = "agentic_sales_node_spans";
  readonly #spans = new Map<string, Span>();
  readonly #owner = new Map<string, Span>();

  constructor(
    private readonly tracer: Tracer,
    private readonly graphSpan: Span,
  ) {
    super({ _awaitHandler: true });
  }

  // Callback managers copy handlers between child runs; state must be shared.
  override copy(): this {
    return this;
  }

  /** The span a model call made inside run `runId` belongs under. */
  spanForRun(runId: string | undefined): Span | undefined {
    return runId ? this.#owner.get(runId) : undefined;
  }

  /**
   * The span of the node whose code is running now, if any: LangGraph runs
   * each node with a config whose callback manager's parent run is that
   * node's run. Model-call spans hang under it.
   */
  currentNodeSpan(): Span | undefined {
    const config = AsyncLocalStorageProviderSingleton.getRunnableConfig() as { callbacks?: { _parentRunId?: string } } | undefined;
    return this.spanForRun(config?.callbacks?._parentRunId);
  }

  // @langchain/core 1.4 calls this as (chain, inputs, runId, parentRunId,
  // tags, metadata, runType, runName) — its .d.ts names the 4th and last two
  // parameters differently; the positions below follow the call.
  override handleChainStart(
    _chain: unknown,
    _inputs: unknown,
    runId: string,
    parentRunId?: string,
    tags?: string[],
    metadata?: Record<string, unknown>,
    _runType?: string,
    runName?: string,
  ): void {
    const parent = (parentRunId && this.#owner.get(parentRunId)) || this.graphSpan;
    const node = metadata?.langgraph_node;
    if (typeof node !== "string" || node !== runName || tags?.includes("langsmith:hidden")) {
      this.#owner.set(runId, parent);
      return;
    }
    const span = this.tracer.startSpan(`node ${node}`, {}, trace.setSpan(context.active(), parent));
    setAllowedAttributes(span, { [ATTR.node]: node });
    this.#spans.set(runId, span);
    this.#owner.set(runId, span);
  }

  override handleChainEnd(_outputs: unknown, runId: string): void {
    this.#end(runId);
  }

  override handleChainError(error: unknown, runId: string): void {
    const span = this.#spans.get(runId);
    if (span && !isInterrupt(error)) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      setAllowedAttributes(span, { [ATTR.errorType]: (error as Error | undefined)?.name ?? "Error" });
    }
    if (span && isInterrupt(error)) setAllowedAttributes(span, { [ATTR.outcome]: "interrupted" });
    this.#end(runId);
  }

  #end(runId: string): void {
    this.#spans.get(runId)?.end();
    this.#spans.delete(runId);
  }
}
