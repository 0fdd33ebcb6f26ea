import { z } from 'zod';

/** The options both benchmarks share: the stack they measure (their own, or a running one's addresses). */
export const stackTargetShape = {
  engine: z.url().optional(),
  sandbox: z.url().optional(),
  temporal: z
    .string()
    .regex(/^[^:\s]+:\d+$/, 'host:port')
    .optional(),
  appSecret: z.string().min(1).optional(),
  phoneNumberId: z.string().regex(/^\d+$/).default('100000000000001'),
  stackOutput: z.enum(['files', 'inherit', 'silent']).default('files'),
  keepData: z.boolean().default(false),
};

/** Their `parseArgs` definitions. */
export const stackTargetArgs = {
  engine: { type: 'string' },
  sandbox: { type: 'string' },
  temporal: { type: 'string' },
  'app-secret': { type: 'string' },
  'phone-number-id': { type: 'string' },
  'stack-output': { type: 'string' },
  'keep-data': { type: 'boolean' },
} as const;

type TargetValues = Partial<Record<keyof typeof stackTargetArgs, string | boolean | undefined>>;

/** The parsed command line's target options; the environment describes a running stack, an own stack makes its own. */
export function stackTargetValues(values: TargetValues, env: NodeJS.ProcessEnv) {
  const external = values.engine !== undefined;
  return {
    engine: values.engine,
    sandbox: values.sandbox ?? (external ? env.WHATSAPP_API_BASE_URL : undefined),
    temporal: values.temporal ?? (external ? env.TEMPORAL_ADDRESS : undefined),
    appSecret: values['app-secret'] ?? (external ? env.WHATSAPP_APP_SECRET : undefined),
    phoneNumberId: values['phone-number-id'] ?? (external ? env.WHATSAPP_PHONE_NUMBER_ID : undefined),
    stackOutput: values['stack-output'],
    keepData: values['keep-data'],
  };
}

/** A running stack needs its sandbox and app secret named. */
export function checkStackTarget(
  options: { engine?: string | undefined; sandbox?: string | undefined; appSecret?: string | undefined },
  issue: (path: string, message: string) => void,
): void {
  if (!options.engine) return;
  if (!options.sandbox) issue('sandbox', '--sandbox (or $WHATSAPP_API_BASE_URL) is required with --engine');
  if (!options.appSecret)
    issue('appSecret', '--app-secret (or $WHATSAPP_APP_SECRET) is required with --engine');
}
