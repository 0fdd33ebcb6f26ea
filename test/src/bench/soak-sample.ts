import { conversationWorkflowType } from '@parley/workflows';
import type { Client } from '@temporalio/client';
import {
  fileSize,
  sampleMachine,
  sampleProcess,
  type MachineSample,
  type ProcessSample,
} from './proc-stats.js';
import { scrape, sumMetric, type MetricSample } from './prometheus.js';

/**
 * The Temporal SDK's worker metrics the soak reads from the engine's TEMPORAL_METRICS_ADDRESS
 * (names with the SDK's default `temporal_` prefix; durations in milliseconds).
 */
export const sdkMetricNames = {
  cacheSize: 'temporal_sticky_cache_size',
  evictions: 'temporal_sticky_cache_total_forced_eviction',
  cacheHits: 'temporal_sticky_cache_hit',
  cacheMisses: 'temporal_sticky_cache_miss',
  replays: 'temporal_workflow_task_replay_latency_count',
  workflowTasks: 'temporal_workflow_task_execution_latency_count',
  workflowTaskMs: 'temporal_workflow_task_execution_latency_sum',
  localActivities: 'temporal_local_activity_execution_latency_count',
  localActivityMs: 'temporal_local_activity_execution_latency_sum',
} as const;

/** The Temporal server's own metrics (the dev server's --metrics-port; durations in seconds). */
export const serverMetricNames = {
  persistenceRequests: 'persistence_latency_count',
  persistenceSeconds: 'persistence_latency_sum',
} as const;

export type SdkMetrics = Record<keyof typeof sdkMetricNames, number>;
export type ServerMetrics = Record<keyof typeof serverMetricNames, number>;

/** Everything the soak looks at, at one moment. Fields are undefined when their source is not known. */
export interface Sample {
  /** Epoch ms. */
  at: number;
  engine?: ProcessSample;
  temporal?: ProcessSample;
  sandbox?: ProcessSample;
  machine?: MachineSample;
  /** process.cpuUsage() of the benchmark itself (user + system), in microseconds. */
  benchCpuMicros: number;
  sdk?: SdkMetrics;
  server?: ServerMetrics;
  /** Running conversation workflows, from Temporal's visibility. */
  open?: number;
  engineWalBytes?: number;
  temporalWalBytes?: number;
}

export interface SampleSources {
  enginePid?: number;
  temporalPid?: number;
  sandboxPid?: number;
  /** `http://host:port/metrics` of the engine's TEMPORAL_METRICS_ADDRESS. */
  sdkMetricsUrl?: string;
  /** The Temporal server's metrics endpoint. */
  serverMetricsUrl?: string;
  engineWal?: string;
  temporalWal?: string;
  /** Counts the running conversation workflows. */
  countOpen?: () => Promise<number>;
}

/** `countOpen` through Temporal's visibility: the conversation workflows still running. */
export function openConversationCounter(client: Client): () => Promise<number> {
  const query = `WorkflowType = "${conversationWorkflowType}" AND ExecutionStatus = "Running"`;
  return async () => (await client.workflow.count(query)).count;
}

/** Picks the named metrics from a scrape; a counter the SDK has not registered yet (never counted) is 0. */
export function pickMetrics<K extends string>(
  samples: readonly MetricSample[] | undefined,
  names: Record<K, string>,
): Record<K, number> | undefined {
  if (!samples) return undefined;
  const picked = {} as Record<K, number>;
  for (const [key, name] of Object.entries(names) as [K, string][]) {
    const value = sumMetric(samples, name);
    picked[key] = Number.isNaN(value) ? 0 : value;
  }
  return picked;
}

/** Memory and CPU of the processes only: cheap enough to take every second (for the peak RSS). */
export async function sampleProcesses(sources: SampleSources): Promise<Sample> {
  const [engine, temporal, sandbox, machine] = await Promise.all([
    sampleProcess(sources.enginePid),
    sampleProcess(sources.temporalPid),
    sampleProcess(sources.sandboxPid),
    sampleMachine(),
  ]);
  const cpu = process.cpuUsage();
  return { at: Date.now(), engine, temporal, sandbox, machine, benchCpuMicros: cpu.user + cpu.system };
}

/** Everything, taken at the end of each interval. */
export async function sampleAll(sources: SampleSources): Promise<Sample> {
  const [processes, sdk, server, open, engineWalBytes, temporalWalBytes] = await Promise.all([
    sampleProcesses(sources),
    scrape(sources.sdkMetricsUrl),
    scrape(sources.serverMetricsUrl),
    sources.countOpen?.().catch(() => undefined),
    fileSize(sources.engineWal),
    fileSize(sources.temporalWal),
  ]);
  return {
    ...processes,
    sdk: pickMetrics(sdk, sdkMetricNames),
    server: pickMetrics(server, serverMetricNames),
    open,
    engineWalBytes,
    temporalWalBytes,
  };
}
