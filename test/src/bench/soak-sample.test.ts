import { describe, expect, it } from 'vitest';
import { cpuPercent, machinePercent, parseCpuTicks, parseMachineCpu, statusField } from './proc-stats.js';
import { parsePrometheus, sumMetric } from './prometheus.js';
import { pickMetrics, sdkMetricNames } from './soak-sample.js';

describe('/proc parsing', () => {
  it('reads the kB fields of /proc/<pid>/status in bytes', () => {
    const status =
      'Name:\tnode\nVmPeak:\t 2000 kB\nVmRSS:\t  123456 kB\nRssAnon:\t  100000 kB\nRssFile:\t 23456 kB\n';
    expect(statusField(status, 'VmRSS')).toBe(123_456 * 1024);
    expect(statusField(status, 'RssAnon')).toBe(100_000 * 1024);
    expect(statusField(status, 'RssShmem')).toBeNaN();
  });

  it('adds utime and stime of /proc/<pid>/stat, whatever the command name holds', () => {
    // Fields 14 and 15 (utime, stime) are 1500 and 250.
    const stat = '4242 (node (main) x) S 1 4242 4242 0 -1 4194560 9000 0 0 0 1500 250 0 0 20 0 11 0 100 0 0';
    expect(parseCpuTicks(stat)).toBe(1750);
    expect(parseCpuTicks('garbage')).toBeNaN();
  });

  it('turns CPU ticks over an interval into % of one core', () => {
    const at = (cpuTicks: number) => ({
      rssBytes: 0,
      rssAnonBytes: 0,
      rssFileBytes: 0,
      rssShmemBytes: 0,
      cpuTicks,
    });
    // 150 ticks at 100/s = 1.5 s of CPU in 1 s: one and a half cores.
    expect(cpuPercent(at(1000), at(1150), 1000, 100)).toBeCloseTo(150);
    expect(cpuPercent(undefined, at(1), 1000, 100)).toBeNaN();
  });
});

describe('/proc/stat', () => {
  it("splits the machine's CPU into busy, iowait, steal and idle", () => {
    const from = parseMachineCpu('cpu  100 50 50 700 50 0 0 50 0 0\ncpu0 1 2 3 4 5 6 7 8\n');
    const to = parseMachineCpu('cpu  200 100 100 1000 150 0 0 50 0 0\n');
    expect(from).toEqual({ busy: 200, iowait: 50, steal: 50, idle: 700, total: 1000 });
    // Over 600 ticks: 200 busy, 100 iowait, 300 idle, no steal.
    expect(machinePercent(from, to, 'busy')).toBeCloseTo(100 / 3);
    expect(machinePercent(from, to, 'iowait')).toBeCloseTo(100 / 6);
    expect(machinePercent(from, to, 'steal')).toBe(0);
    expect(parseMachineCpu('intr 1 2 3')).toBeUndefined();
  });
});

describe('Prometheus text', () => {
  const text = [
    '# HELP temporal_sticky_cache_size Current number of cached workflows',
    '# TYPE temporal_sticky_cache_size gauge',
    'temporal_sticky_cache_size{namespace="default",task_queue="parley"} 1500',
    'temporal_sticky_cache_size{namespace="default",task_queue="other"} 20',
    'temporal_workflow_task_replay_latency_count{task_queue="parley",workflow_type="conversationWorkflow"} 3',
    'persistence_latency_sum{operation="UpdateWorkflowExecution",service_name="history"} 0.25 1700000000000',
    'odd{label="with \\"quote\\", comma"} 1',
    'not a sample line',
    '',
  ].join('\n');

  it('parses names, labels (escaped quotes too) and values, skipping comments', () => {
    const samples = parsePrometheus(text);
    expect(samples).toHaveLength(5);
    expect(samples[0]).toEqual({
      name: 'temporal_sticky_cache_size',
      labels: { namespace: 'default', task_queue: 'parley' },
      value: 1500,
    });
    expect(samples[3]?.value).toBe(0.25);
    expect(samples[4]?.labels.label).toBe('with "quote", comma');
  });

  it('sums a metric over its label sets, optionally filtered; NaN when absent', () => {
    const samples = parsePrometheus(text);
    expect(sumMetric(samples, 'temporal_sticky_cache_size')).toBe(1520);
    expect(sumMetric(samples, 'temporal_sticky_cache_size', { task_queue: 'parley' })).toBe(1500);
    expect(sumMetric(samples, 'temporal_sticky_cache_total_forced_eviction')).toBeNaN();
  });

  it('counts a counter the SDK has not registered yet as 0, and a failed scrape as unknown', () => {
    const picked = pickMetrics(parsePrometheus(text), sdkMetricNames);
    expect(picked).toMatchObject({ cacheSize: 1520, evictions: 0, replays: 3 });
    expect(pickMetrics(undefined, sdkMetricNames)).toBeUndefined();
  });
});
