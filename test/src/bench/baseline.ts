import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { repoRoot } from '../../../scripts/stack.mjs';
import { runOpenLoop, withTimeout, type OpenLoopResult } from './open-loop.js';

/** The bare round trip Parley is measured against; the names are the workflows package's. */
export const baselineWorkflowType = 'baselineWorkflow';
export const baselineSignalName = 'baselineSignal';
export const baselineWorkflowsPath = join(repoRoot, 'workflows/dist/baseline.workflow.js');

export interface BaselineLoad {
  address: string;
  namespace: string;
  activity: 'local' | 'activity';
  rate: number;
  count: number;
  concurrency: number;
  warmup: number;
  resultTimeoutMs: number;
}

export interface BaselineRun {
  loop: OpenLoopResult;
  /** Per workflow: ms from the signalWithStart call to its result, when it completed. */
  latenciesMs: number[];
  /** Epoch ms of each completion. */
  completedAt: number[];
  failures: Map<string, number>;
  startedAt: number;
  taskQueue: string;
}

let runtimeInstalled = false;

/**
 * Runs `count` baseline workflows — each started by signalWithStart, running one no-op (local)
 * activity and completing — at `rate` per second against the given server, with an in-process
 * worker on a task queue of its own.
 */
export async function runBaseline(load: BaselineLoad): Promise<BaselineRun> {
  if (!existsSync(baselineWorkflowsPath)) {
    throw new Error(`${baselineWorkflowsPath} is missing: build the workflows package (npm run build) first`);
  }
  if (!runtimeInstalled) {
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const taskQueue = `bench-baseline-${randomBytes(4).toString('hex')}`;
  const workerConnection = await NativeConnection.connect({ address: load.address });
  const connection = await Connection.connect({ address: load.address });
  const worker = await Worker.create({
    connection: workerConnection,
    namespace: load.namespace,
    taskQueue,
    workflowsPath: baselineWorkflowsPath,
    activities: { baselineNoop: async () => {} },
  });
  const running = worker.run();
  const client = new Client({ connection, namespace: load.namespace });
  const tag = randomBytes(4).toString('hex');

  const execute = async (workflowId: string): Promise<void> => {
    const handle = await client.workflow.signalWithStart(baselineWorkflowType, {
      taskQueue,
      workflowId,
      args: [{ activity: load.activity }],
      signal: baselineSignalName,
      signalArgs: [],
    });
    await withTimeout(handle.result(), load.resultTimeoutMs, 'no result in time');
  };

  try {
    for (let index = 0; index < load.warmup; index++) await execute(`baseline-warmup-${tag}-${index}`);

    const latenciesMs: number[] = [];
    const completedAt: number[] = [];
    const failures = new Map<string, number>();
    const startedAt = Date.now();
    const loop = await runOpenLoop(
      {
        rate: load.rate,
        count: load.count,
        concurrency: load.concurrency,
        deadlineMs: (load.count / load.rate) * 1000 + 60_000,
        settleTimeoutMs: load.resultTimeoutMs + 5_000,
      },
      async (index) => {
        const began = performance.now();
        try {
          await execute(`baseline-${tag}-${index}`);
          latenciesMs.push(performance.now() - began);
          completedAt.push(Date.now());
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          failures.set(reason, (failures.get(reason) ?? 0) + 1);
        }
      },
    );
    return { loop, latenciesMs, completedAt, failures, startedAt, taskQueue };
  } finally {
    worker.shutdown();
    await withTimeout(running, 15_000).catch(() => {});
    await connection.close().catch(() => {});
    await workerConnection.close().catch(() => {});
  }
}
