import { parseArgs, type ParseArgsConfig } from 'node:util';
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

const envPair = z.string().regex(/^[A-Z_][A-Z0-9_]*=.*$/s, 'KEY=VALUE');

/** `--engine-env K=V` (repeatable): more environment for the own stack's engine. */
export const engineEnvShape = { engineEnv: z.array(envPair).default([]) };

/** Its `parseArgs` definition. */
export const engineEnvArgs = { 'engine-env': { type: 'string', multiple: true } } as const;

/** The `--engine-env` pairs as environment variables (a value may hold "="). */
export function engineEnvOf(pairs: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    pairs.map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

/**
 * An own stack's flags and a running one's do not mix: `--engine-env` only without `--engine`, and
 * each of `running` (flags describing a running stack: its pids, metrics, files) only with it.
 */
export function checkStackFlags<T extends { engine?: string | undefined; engineEnv: readonly string[] }>(
  options: T,
  running: readonly (keyof T & string)[],
  issue: (path: string, message: string) => void,
): void {
  if (options.engine) {
    if (options.engineEnv.length)
      issue('engineEnv', '--engine-env applies to an own stack only, not to --engine');
    return;
  }
  for (const key of running) {
    if (options[key] !== undefined)
      issue(key, `--${kebab(key)} describes a running stack: it needs --engine`);
  }
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

type ArgOptions = NonNullable<ParseArgsConfig['options']>;
type ArgValues<O extends ArgOptions> = ReturnType<
  typeof parseArgs<{ args: string[]; strict: true; allowPositionals: false; options: O }>
>['values'];

/**
 * A benchmark's command line: `options` (and -h/--help) parsed strictly, then `schema` over the
 * input `toInput` makes of their values. `undefined` means: print usage; bad options throw, with it.
 */
export function parseCommandLine<O extends ArgOptions, S extends z.ZodType>(
  argv: string[],
  options: O,
  schema: S,
  toInput: (values: ArgValues<O>) => unknown,
  usage: string,
): z.output<S> | undefined {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: { ...options, help: { type: 'boolean', short: 'h' } },
  }) as { values: ArgValues<O> & { help?: boolean } };
  if (values.help) return undefined;
  const result = schema.safeParse(toInput(values));
  if (!result.success) throw new Error(`invalid options:\n${z.prettifyError(result.error)}\n\n${usage}`);
  return result.data;
}
