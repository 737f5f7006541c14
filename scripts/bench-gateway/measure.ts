/** One named thing to time: an async call. */
export type Variant = readonly [name: string, run: () => Promise<unknown>];

/**
 * Times `n` rounds of every variant, interleaved (each round runs them all,
 * in an order rotated per round) so drift of the machine — JIT, GC, CPU
 * frequency — hits all variants alike. Returns ms per call by variant.
 *
 * @example
 * const ms = await interleaved([["direct", () => p.chat(r, c, s)], ["hub", () => hub.complete(c)]], 5_000);
 */
export async function interleaved(variants: readonly Variant[], n: number): Promise<Map<string, number[]>> {
  const samples = new Map<string, number[]>(variants.map(([name]) => [name, []]));
  for (let round = 0; round < n; round++) {
    for (let k = 0; k < variants.length; k++) {
      const [name, run] = variants[(round + k) % variants.length]!;
      const started = performance.now();
      await run();
      samples.get(name)!.push(performance.now() - started);
    }
  }
  return samples;
}
