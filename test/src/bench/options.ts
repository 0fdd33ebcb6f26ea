import { parseArgs } from 'node:util';
import { z } from 'zod';
import { checkStackTarget, stackTargetArgs, stackTargetShape, stackTargetValues } from './stack-options.js';

export const usage = `Usage: npm run bench:intake -- [options]

Posts --count signed inbound WhatsApp text webhooks for as many distinct customers to the engine at
--rate per second (open loop), waits for the automatic replies at the sandbox, then runs the bare
Temporal baseline (baselineWorkflow) on the same Temporal server at the same offered rate.

Without --engine it boots its own stack (Temporal dev server, sandbox, engine) on free ports.

  --rate <n>             offered webhooks per second (default 200)
  --count <n>            webhooks, one per customer (default 2000)
  --concurrency <n>      most webhooks in flight at once (default 256)
  --warmup <n>           messages sent and answered before measuring (default 10)
  --reply-timeout <s>    how long to wait for replies after the last send (default 120)
  --engine <url>         a running engine instead of an own stack
  --sandbox <url>        its sandbox (default $WHATSAPP_API_BASE_URL)
  --temporal <address>   its Temporal front end (default $TEMPORAL_ADDRESS)
  --app-secret <secret>  the app secret webhooks are signed with (default $WHATSAPP_APP_SECRET)
  --phone-number-id <id> the business number (default $WHATSAPP_PHONE_NUMBER_ID or 100000000000001)
  --baseline <kind>      local | activity: how the baseline workflow runs its no-op (default local)
  --baseline-count <n>   baseline workflows (default the same count, at most 2000)
  --skip-baseline        measure Parley only
  --stack-output <mode>  own stack's process output: files | inherit | silent (default files)
  --keep-data            keep the own stack's data directory (logs, databases)
  -h, --help             this text`;

const count = z.coerce.number().int().positive();

export const benchOptionsSchema = z
  .object({
    rate: z.coerce.number().positive().max(100_000).default(200),
    count: count.default(2000),
    concurrency: count.default(256),
    warmup: z.coerce.number().int().min(0).default(10),
    replyTimeout: z.coerce.number().positive().default(120),
    ...stackTargetShape,
    baseline: z.enum(['local', 'activity']).default('local'),
    baselineCount: count.optional(),
    skipBaseline: z.boolean().default(false),
  })
  .superRefine((options, context) => {
    checkStackTarget(options, (path, message) => context.addIssue({ code: 'custom', path: [path], message }));
    if (!options.engine) return;
    if (!options.temporal && !options.skipBaseline) {
      context.addIssue({
        code: 'custom',
        path: ['temporal'],
        message: '--temporal (or $TEMPORAL_ADDRESS) is required with --engine unless --skip-baseline',
      });
    }
  })
  .transform((options) => ({
    ...options,
    baselineCount: options.baselineCount ?? Math.min(options.count, 2000),
  }));

export type BenchOptions = z.infer<typeof benchOptionsSchema>;

/** Parses the command line (and the environment for the external stack's defaults). `undefined` means: print usage. */
export function parseBenchOptions(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): BenchOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      rate: { type: 'string' },
      count: { type: 'string' },
      concurrency: { type: 'string' },
      warmup: { type: 'string' },
      'reply-timeout': { type: 'string' },
      ...stackTargetArgs,
      baseline: { type: 'string' },
      'baseline-count': { type: 'string' },
      'skip-baseline': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return undefined;
  const result = benchOptionsSchema.safeParse({
    rate: values.rate,
    count: values.count,
    concurrency: values.concurrency,
    warmup: values.warmup,
    replyTimeout: values['reply-timeout'],
    ...stackTargetValues(values, env),
    baseline: values.baseline,
    baselineCount: values['baseline-count'],
    skipBaseline: values['skip-baseline'],
  });
  if (!result.success) throw new Error(`invalid options:\n${z.prettifyError(result.error)}\n\n${usage}`);
  return result.data;
}
