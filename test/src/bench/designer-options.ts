import { z } from 'zod';
import { parseCommandLine, stackTargetArgs, stackTargetShape } from './stack-options.js';

export const designerUsage = `Usage: npm run bench:designer -- [options]

The flow designer in headless Chromium, on a stack of its own unless --engine: creates through the
API a valid flow of --nodes nodes (a trigger, then blocks of reply buttons, messages, a wait for a
reply, a variable and a condition, on a grid) as a draft, signs in as the admin and, for each of
--rounds rounds, in a fresh browser context (nothing cached):

1. opens /flows/<id>?tab=draft and prints the time to interactive: from navigation start until the
   canvas shows its nodes, measured, and a click on a node has selected it; and how many node
   elements React Flow rendered;
2. records the frames (requestAnimationFrame) while panning the canvas (3 s), dragging a node
   (3 s) and zooming with the wheel (2 s), and prints for each the frames, median / p95 / max
   frame time and the share of frames over 20 ms.

Then the medians of the rounds, against the target: median frame < 20 ms. The page is
1440 x 900 CSS pixels, in English.

  --rounds <n>           rounds, each in a fresh browser context (default 3)
  --nodes <n>            nodes of the flow (default 300; 2 to 1000)
  --engine <url>         a running engine (it serves the web app) instead of an own stack
                         (needs --admin-password)
  --admin-email <email>  an admin of the running engine's organisation (default the demo admin)
  --admin-password <pw>  their password (default $PARLEY_ADMIN_PASSWORD)
  --stack-output <mode>  own stack's process output: files | inherit | silent (default files)
  --keep-data            keep the own stack's data directory (logs, databases)
  -h, --help             this text`;

export const designerOptionsSchema = z
  .object({
    rounds: z.coerce.number().int().positive().max(100).default(3),
    nodes: z.coerce.number().int().min(2).max(1_000).default(300),
    engine: stackTargetShape.engine,
    adminEmail: z.string().min(1).default('admin@parley-demo.test'),
    adminPassword: z.string().min(1).optional(),
    stackOutput: stackTargetShape.stackOutput,
    keepData: stackTargetShape.keepData,
  })
  .superRefine((options, context) => {
    if (options.engine && !options.adminPassword)
      context.addIssue({
        code: 'custom',
        path: ['adminPassword'],
        message: '--admin-password (or $PARLEY_ADMIN_PASSWORD) is required with --engine',
      });
  });

export type DesignerOptions = z.infer<typeof designerOptionsSchema>;

/** Parses the command line (and the environment for a running engine's password). `undefined` means: print usage. */
export function parseDesignerOptions(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): DesignerOptions | undefined {
  return parseCommandLine(
    argv,
    {
      rounds: { type: 'string' },
      nodes: { type: 'string' },
      engine: stackTargetArgs.engine,
      'admin-email': { type: 'string' },
      'admin-password': { type: 'string' },
      'stack-output': stackTargetArgs['stack-output'],
      'keep-data': stackTargetArgs['keep-data'],
    },
    designerOptionsSchema,
    (values) => ({
      rounds: values.rounds,
      nodes: values.nodes,
      engine: values.engine,
      adminEmail: values['admin-email'],
      adminPassword:
        values['admin-password'] ?? (values.engine !== undefined ? env.PARLEY_ADMIN_PASSWORD : undefined),
      stackOutput: values['stack-output'],
      keepData: values['keep-data'],
    }),
    designerUsage,
  );
}
