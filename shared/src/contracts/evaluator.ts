/** One fixture of a graph's versioned dataset (`evals/<graph>/dataset.json`). */
export interface EvalExample<I = unknown, R = unknown> {
  readonly id: string;
  readonly input: I;
  readonly reference: R;
  /** Optional slice name so results can be reported per segment. */
  readonly segment?: string;
}

export interface EvalDataset<I = unknown, R = unknown> {
  readonly graph: string;
  /** Dataset version; bump when examples change meaning. */
  readonly version: string;
  /** Contract version the examples were written against. */
  readonly contractVersion: string;
  readonly examples: readonly EvalExample<I, R>[];
}

export interface EvalResult {
  readonly key: string;
  /** 0..1 */
  readonly score: number;
  readonly reason: string;
}

/**
 * A pure evaluator: same run and example, same score. No I/O, no clock, no
 * shared state, so one function gates CI and audits production alike.
 */
export type Evaluator<O = unknown, I = unknown, R = unknown> = (
  run: { readonly output: O },
  example: EvalExample<I, R>,
) => EvalResult;
