import { defineSignal, proxyActivities, proxyLocalActivities, setHandler } from '@temporalio/workflow';

/** The bare Temporal round-trip Parley's throughput is compared with in benchmarks. */
export const baselineSignal = defineSignal<[]>('baselineSignal');

interface BaselineActivities {
  baselineNoop(): Promise<void>;
}

const local = proxyLocalActivities<BaselineActivities>({ startToCloseTimeout: '10 seconds' });
const remote = proxyActivities<BaselineActivities>({ startToCloseTimeout: '10 seconds' });

/** Started by `signalWithStart`, runs one no-op activity (local by default) and completes. */
export async function baselineWorkflow(options: { activity?: 'local' | 'activity' } = {}): Promise<void> {
  setHandler(baselineSignal, () => undefined);
  await (options.activity === 'activity' ? remote : local).baselineNoop();
}
