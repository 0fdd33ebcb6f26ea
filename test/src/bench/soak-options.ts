import { z } from 'zod';
import {
  checkStackFlags,
  checkStackTarget,
  engineEnvArgs,
  engineEnvOf,
  engineEnvShape,
  parseCommandLine,
  stackTargetArgs,
  stackTargetShape,
  stackTargetValues,
} from './stack-options.js';

export const soakUsage = `Usage: npm run bench:soak -- [options]

Offers signed inbound WhatsApp webhooks from new customers (never one twice, so open conversations
pile up) open-loop at the bare Temporal baseline's sustained rate for --duration seconds, printing
every --interval: answered/s, end-to-end p50/p95, ack p99, open conversations, engine and Temporal
RSS and CPU, the worker's sticky cache size and evictions, and answered/baseline. Then it rests and
prints the figures at rest (RSS, open conversation workflows, WAL sizes), runs the baseline again at
the load's rate, and ends with a JSON summary and the verdict against the targets.

Without --engine it boots its own stack (Temporal dev server, sandbox, engine with
TEMPORAL_METRICS_ADDRESS on a free port) and tears it down afterwards.

  --rate <n>             offered webhooks per second at 1x (default: the baseline's sustained rate,
                         measured first by --probe-rate)
  --saturation <factor>  offer factor x the rate (default 1; 4 for the saturation check)
  --duration <s>         length of the load (default 600; 0: no load, only --open and the rest)
  --interval <s>         one line every this many seconds (default 60)
  --rest <s>             quiet time after the load before the figures at rest (default 60)
  --open <n>             conversations opened quickly before measuring (default 0), e.g. 10000
  --open-rate <n>        webhooks per second for --open (default 100; the outbox queues the excess)
  --probe-rate <n>       offered rate of the baseline probe that sets --rate (default 150)
  --probe-seconds <s>    length of that probe (default 10)
  --baseline <kind>      local | activity: how the baseline workflow runs its no-op (default local)
  --baseline-seconds <s> length of the closing baseline run at the load's rate (default 20)
  --skip-baseline        no baseline runs (needs --rate; no ratios)
  --concurrency <n>      most webhooks in flight at once (default 256)
  --warmup <n>           messages sent and answered first (default 10)
  --reply-timeout <s>    how long to wait for outstanding replies after the load
                         (default 120 + 1.5 x duration x (saturation - 1))
  --engine-env K=V       more engine environment for the own stack (repeatable), e.g.
                         --engine-env TEMPORAL_MAX_CACHED_WORKFLOWS=500
  --engine <url>         a running engine instead of an own stack
  --sandbox <url>        its sandbox (default $WHATSAPP_API_BASE_URL)
  --temporal <address>   its Temporal front end (default $TEMPORAL_ADDRESS)
  --app-secret <secret>  the app secret webhooks are signed with (default $WHATSAPP_APP_SECRET)
  --phone-number-id <id> the business number (default $WHATSAPP_PHONE_NUMBER_ID or 100000000000001)
  --engine-metrics <url> its Temporal SDK metrics (http://<TEMPORAL_METRICS_ADDRESS>/metrics)
  --temporal-metrics <url> the Temporal server's metrics endpoint
  --engine-pid <pid>     the engine's process, for RSS and CPU
  --temporal-pid <pid>   the Temporal server's process
  --data-dir <dir>       the engine's DATA_DIR, for the size of parley.db-wal
  --temporal-db <file>   the Temporal server's SQLite file, for the size of its -wal
  --stack-output <mode>  own stack's process output: files | inherit | silent (default files)
  --keep-data            keep the own stack's data directory (logs, databases)
  -h, --help             this text`;

const count = z.coerce.number().int().positive();
const seconds = z.coerce.number().positive().max(86_400);
const pid = z.coerce.number().int().positive().optional();

export const soakOptionsSchema = z
  .object({
    rate: z.coerce.number().positive().max(100_000).optional(),
    saturation: z.coerce.number().positive().max(100).default(1),
    duration: z.coerce.number().min(0).max(86_400).default(600),
    interval: seconds.default(60),
    rest: z.coerce.number().min(0).max(86_400).default(60),
    open: z.coerce.number().int().min(0).max(1_000_000).default(0),
    openRate: z.coerce.number().positive().max(100_000).default(100),
    probeRate: z.coerce.number().positive().max(100_000).default(150),
    probeSeconds: seconds.default(10),
    baseline: z.enum(['local', 'activity']).default('local'),
    baselineSeconds: seconds.default(20),
    skipBaseline: z.boolean().default(false),
    concurrency: count.default(256),
    warmup: z.coerce.number().int().min(0).default(10),
    replyTimeout: seconds.optional(),
    ...engineEnvShape,
    ...stackTargetShape,
    engineMetrics: z.url().optional(),
    temporalMetrics: z.url().optional(),
    enginePid: pid,
    temporalPid: pid,
    dataDir: z.string().min(1).optional(),
    temporalDb: z.string().min(1).optional(),
  })
  .superRefine((options, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (options.skipBaseline && options.rate === undefined)
      issue('rate', '--rate is required with --skip-baseline (nothing measures the baseline)');
    checkStackTarget(options, issue);
    if (options.engine && !options.temporal)
      issue('temporal', '--temporal (or $TEMPORAL_ADDRESS) is required with --engine (baseline, open count)');
    checkStackFlags(
      options,
      ['engineMetrics', 'temporalMetrics', 'enginePid', 'temporalPid', 'dataDir', 'temporalDb'],
      issue,
    );
  })
  .transform((options) => ({
    ...options,
    engineEnv: engineEnvOf(options.engineEnv),
    replyTimeout: options.replyTimeout ?? 120 + 1.5 * options.duration * Math.max(0, options.saturation - 1),
  }));

export type SoakOptions = z.infer<typeof soakOptionsSchema>;

/** Parses the command line (and the environment for an external stack's defaults). `undefined` means: print usage. */
export function parseSoakOptions(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): SoakOptions | undefined {
  return parseCommandLine(
    argv,
    {
      rate: { type: 'string' },
      saturation: { type: 'string' },
      duration: { type: 'string' },
      interval: { type: 'string' },
      rest: { type: 'string' },
      open: { type: 'string' },
      'open-rate': { type: 'string' },
      'probe-rate': { type: 'string' },
      'probe-seconds': { type: 'string' },
      baseline: { type: 'string' },
      'baseline-seconds': { type: 'string' },
      'skip-baseline': { type: 'boolean' },
      concurrency: { type: 'string' },
      warmup: { type: 'string' },
      'reply-timeout': { type: 'string' },
      ...engineEnvArgs,
      ...stackTargetArgs,
      'engine-metrics': { type: 'string' },
      'temporal-metrics': { type: 'string' },
      'engine-pid': { type: 'string' },
      'temporal-pid': { type: 'string' },
      'data-dir': { type: 'string' },
      'temporal-db': { type: 'string' },
    },
    soakOptionsSchema,
    (values) => ({
      rate: values.rate,
      saturation: values.saturation,
      duration: values.duration,
      interval: values.interval,
      rest: values.rest,
      open: values.open,
      openRate: values['open-rate'],
      probeRate: values['probe-rate'],
      probeSeconds: values['probe-seconds'],
      baseline: values.baseline,
      baselineSeconds: values['baseline-seconds'],
      skipBaseline: values['skip-baseline'],
      concurrency: values.concurrency,
      warmup: values.warmup,
      replyTimeout: values['reply-timeout'],
      engineEnv: values['engine-env'],
      ...stackTargetValues(values, env),
      engineMetrics: values['engine-metrics'],
      temporalMetrics: values['temporal-metrics'],
      enginePid: values['engine-pid'],
      temporalPid: values['temporal-pid'],
      dataDir: values['data-dir'],
      temporalDb: values['temporal-db'],
    }),
    soakUsage,
  );
}
