// A readable step-by-step report for the demo: progress while a step runs,
// then its result lines, and timings.

export function report() {
  let n = 0;
  const started = performance.now();
  return {
    async step<T>(title: string, run: () => Promise<T>, describe: (result: T) => string[]): Promise<T> {
      n++;
      process.stdout.write(`\n${String(n).padStart(2)}. ${title} … `);
      const t0 = performance.now();
      try {
        const result = await run();
        process.stdout.write(`done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
        for (const line of describe(result)) console.log(`    ${line}`);
        return result;
      } catch (e) {
        process.stdout.write("failed\n");
        console.error(`    ${(e as Error).message}`);
        process.exit(1);
      }
    },
    done() {
      console.log(`\nDemo finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    },
  };
}
