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

export const flowsUsage = `Usage: npm run bench:flows -- [options]

Two parts, on one stack (its own unless --engine):

1. Quick-reply throughput: publishes a 10-node flow (keyword trigger, then reply buttons and a
   message alternating: 4 taps, 8 messages) on the sandbox's number; --conversations customers at
   once send the keyword and tap a button as soon as the buttons reach their phone, until the flow
   ends, for --rounds rounds (after a warm-up). Prints steps/s (nodes executed per second, from the
   flow's analytics), tap -> next message latency at the sandbox, the Temporal cost per step (from
   the conversation workflows' histories), engine RSS, and for comparison the same run's automatic
   reply: as many customers at once, each writing 4 times as a new customer (no keyword: the
   greeting answers), one message in flight each.
2. Resting conversations: publishes a flow that sends one message and waits for a reply for a
   week; --resting customers send its keyword (signed webhooks straight to the engine, open loop at
   --resting-rate; the outbox queues what Temporal cannot take); once the flow's analytics count
   them all waiting, prints the engine's RSS against the 500 MB target.

  --conversations <n>    customers at once in each round of part 1 (default 50; 0 skips part 1)
  --rounds <n>           measured rounds of part 1, each with new customers (default 3)
  --warmup <n>           customers of an unmeasured first round (default 5; 0: none)
  --step-timeout <s>     how long a customer waits for the next message before giving up (default 60)
  --skip-baseline        no automatic-reply rounds in part 1
  --resting <n>          conversations left resting in part 2 (default 10000; 0 skips part 2)
  --resting-rate <n>     webhooks per second offered in part 2 (default 100)
  --resting-timeout <s>  how long to wait for all of them to rest (default 600 + resting / 10)
  --rest <s>             quiet time once all rest, before the memory figures (default 15)
  --interval <s>         a progress line every this many seconds in part 2 (default 15)
  --concurrency <n>      most webhooks in flight at once in part 2 (default 256)
  --sample <n>           workflow histories read per round for the Temporal cost (default 20)
  --settle <s>           wait after turning a flow on before its customers write (default 6: intake
                         keeps an account's triggers 5 s; other engine processes see a change that late)
  --engine-env K=V       more engine environment for the own stack (repeatable), e.g.
                         --engine-env TEMPORAL_MAX_CACHED_WORKFLOWS=500
  --engine <url>         a running engine instead of an own stack (needs --admin-password)
  --sandbox <url>        its sandbox (default $WHATSAPP_API_BASE_URL); it must allow bursts to one
                         customer (SANDBOX_PAIR_RATE_BURST, set to 1000 on the own stack)
  --temporal <address>   its Temporal front end (default $TEMPORAL_ADDRESS)
  --app-secret <secret>  the app secret webhooks are signed with (default $WHATSAPP_APP_SECRET)
  --phone-number-id <id> the business number (default $WHATSAPP_PHONE_NUMBER_ID or 100000000000001)
  --admin-email <email>  an admin of the running engine's organisation (default the demo admin)
  --admin-password <pw>  their password (default $PARLEY_ADMIN_PASSWORD)
  --engine-pid <pid>     the running engine's process, for its RSS
  --engine-metrics <url> its Temporal SDK metrics (http://<TEMPORAL_METRICS_ADDRESS>/metrics)
  --stack-output <mode>  own stack's process output: files | inherit | silent (default files)
  --keep-data            keep the own stack's data directory (logs, databases)
  -h, --help             this text`;

const count = z.coerce.number().int().positive();
const seconds = z.coerce.number().positive().max(86_400);

export const flowsOptionsSchema = z
  .object({
    conversations: z.coerce.number().int().min(0).max(10_000).default(50),
    rounds: count.max(100).default(3),
    warmup: z.coerce.number().int().min(0).max(1_000).default(5),
    stepTimeout: seconds.default(60),
    skipBaseline: z.boolean().default(false),
    resting: z.coerce.number().int().min(0).max(1_000_000).default(10_000),
    restingRate: z.coerce.number().positive().max(100_000).default(100),
    restingTimeout: seconds.optional(),
    rest: z.coerce.number().min(0).max(3_600).default(15),
    interval: seconds.default(15),
    concurrency: count.default(256),
    sample: count.max(1_000).default(20),
    settle: z.coerce.number().min(0).max(600).default(6),
    ...engineEnvShape,
    ...stackTargetShape,
    adminEmail: z.string().min(1).default('admin@parley-demo.test'),
    adminPassword: z.string().min(1).optional(),
    enginePid: z.coerce.number().int().positive().optional(),
    engineMetrics: z.url().optional(),
  })
  .superRefine((options, context) => {
    const issue = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    checkStackTarget(options, issue);
    if (options.engine && !options.adminPassword)
      issue('adminPassword', '--admin-password (or $PARLEY_ADMIN_PASSWORD) is required with --engine');
    checkStackFlags(options, ['enginePid', 'engineMetrics'], issue);
  })
  .transform((options) => ({
    ...options,
    engineEnv: engineEnvOf(options.engineEnv),
    restingTimeout: options.restingTimeout ?? 600 + options.resting / 10,
  }));

export type FlowsOptions = z.infer<typeof flowsOptionsSchema>;

/** Parses the command line (and the environment for a running stack's defaults). `undefined` means: print usage. */
export function parseFlowsOptions(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): FlowsOptions | undefined {
  return parseCommandLine(
    argv,
    {
      conversations: { type: 'string' },
      rounds: { type: 'string' },
      warmup: { type: 'string' },
      'step-timeout': { type: 'string' },
      'skip-baseline': { type: 'boolean' },
      resting: { type: 'string' },
      'resting-rate': { type: 'string' },
      'resting-timeout': { type: 'string' },
      rest: { type: 'string' },
      interval: { type: 'string' },
      concurrency: { type: 'string' },
      sample: { type: 'string' },
      settle: { type: 'string' },
      ...engineEnvArgs,
      ...stackTargetArgs,
      'admin-email': { type: 'string' },
      'admin-password': { type: 'string' },
      'engine-pid': { type: 'string' },
      'engine-metrics': { type: 'string' },
    },
    flowsOptionsSchema,
    (values) => {
      const external = values.engine !== undefined;
      return {
        conversations: values.conversations,
        rounds: values.rounds,
        warmup: values.warmup,
        stepTimeout: values['step-timeout'],
        skipBaseline: values['skip-baseline'],
        resting: values.resting,
        restingRate: values['resting-rate'],
        restingTimeout: values['resting-timeout'],
        rest: values.rest,
        interval: values.interval,
        concurrency: values.concurrency,
        sample: values.sample,
        settle: values.settle,
        engineEnv: values['engine-env'],
        ...stackTargetValues(values, env),
        adminEmail: values['admin-email'],
        adminPassword: values['admin-password'] ?? (external ? env.PARLEY_ADMIN_PASSWORD : undefined),
        enginePid: values['engine-pid'],
        engineMetrics: values['engine-metrics'],
      };
    },
    flowsUsage,
  );
}
