/** What a benchmark's entry gives `runBenchmark`. */
export interface BenchmarkEntry<Options> {
  /** Parses the command line; undefined means: print the usage. Throws on bad input. */
  parse(argv: string[]): Options | undefined;
  usage: string;
  /** How long it may take at most with these options; past this it stops with exit code 3. */
  deadlineMs(options: Options): number;
  /** Runs it; answers the exit code. */
  main(options: Options): Promise<number>;
  /** Stops what it started and exits with the code. */
  shutdown(code: number): Promise<never>;
  /** The stack's last lines of output, shown when it fails. */
  recentOutput(): string | undefined;
}

/**
 * A benchmark's command line: usage on --help, exit 2 on bad options, a clean stop on SIGINT or
 * SIGTERM and at the hard deadline (so it always ends), and main's exit code.
 */
export async function runBenchmark<Options>(entry: BenchmarkEntry<Options>): Promise<void> {
  let options: Options | undefined;
  try {
    options = entry.parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  if (!options) {
    process.stdout.write(`${entry.usage}\n`);
    process.exit(0);
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping\n`);
      void entry.shutdown(130);
    });
  }
  const deadlineMs = entry.deadlineMs(options);
  setTimeout(() => {
    process.stderr.write(`benchmark did not finish within ${Math.round(deadlineMs / 1000)} s; stopping\n`);
    void entry.shutdown(3);
  }, deadlineMs).unref();
  try {
    await entry.shutdown(await entry.main(options));
  } catch (error) {
    process.stderr.write(
      `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    const output = entry.recentOutput();
    if (output) process.stderr.write(`${output}\n`);
    await entry.shutdown(1);
  }
}
