import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { randomBytes, randomUUID } from 'node:crypto';
import { planIdSchema, setupRequest } from '@parley/contracts';
import { createOrganisationWithAdmin } from '../auth/set-up.usecase.js';
import { issuePasswordReset } from '../auth/password-reset.usecase.js';
import { ConfigError, parseConfig } from '../infrastructure/config/config.schema.js';
import { Database } from '../infrastructure/database/database.js';
import { migrate } from '../infrastructure/database/orm.config.js';
import { createLogger } from '../infrastructure/logging/logger.js';
import { OrganisationUseCase } from '../organisations/organisation.usecases.js';
import { recordAudit } from '../audit/record-audit.js';
import { CreditAccounts } from '../credits/credit-accounts.service.js';
import { CreditLedger } from '../credits/credit-ledger.service.js';
import { CliModule } from './cli.module.js';
import { seedDemo } from './demo-seed.js';

const usage = `Usage: npm run parley -- <command> [options]

Operator commands, run against the database of this installation (the engine's environment).

  organisations                       list the organisations and their plans
  create-organisation <name> --admin-email E [--plan P]
                                      a new organisation and its admin (password shown once)
  set-plan <organisation> <plan>      change an organisation's plan (by id or exact name):
                                      free, standard, professional, premium, agency, agency_plus
  reset-link <email>                  a one-time password reset link for a person (1 hour)
  adjust-credits <organisation> <credits> --note N [--key K]
                                      add (or, negative, take) credits, recorded in the ledger
                                      as an adjustment; --key makes a repeat add nothing
  demo-seed --admin-email E [--whatsapp-waba-id W --whatsapp-phone-number-id P]
                                      the demo organisation npm start makes in sandbox mode;
                                      tokens from PARLEY_DEMO_WHATSAPP_ACCESS_TOKEN and
                                      PARLEY_DEMO_TELEGRAM_BOT_TOKEN (never on the command line)

  --json                              machine-readable output`;

class UsageError extends Error {}

async function main(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      'admin-email': { type: 'string' },
      'whatsapp-waba-id': { type: 'string' },
      'whatsapp-phone-number-id': { type: 'string' },
      plan: { type: 'string' },
      note: { type: 'string' },
      key: { type: 'string' },
    },
  });
  const [command, ...args] = positionals;
  if (values.help || !command) return void console.log(usage);
  if (existsSync('.env')) process.loadEnvFile('.env');
  const config = parseConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  const logger = createLogger(config.LOG_LEVEL);
  const database = await Database.open(config.DATABASE_URL, logger);
  const context = await NestFactory.createApplicationContext(CliModule.forRoot(config, logger, database), {
    logger: false,
  });
  const print = (human: string, data: unknown) => console.log(values.json ? JSON.stringify(data) : human);
  try {
    await migrate(database.orm);
    const sql = database.sql();
    const organisationBy = async (key: string | undefined) => {
      if (!key) throw new UsageError('name the organisation (its id or exact name)');
      const found = await sql
        .selectFrom('Organisation')
        .selectAll()
        .where((w) =>
          w.or([
            w('name', '=', key),
            w('id', '=', /^[0-9a-f-]{36}$/.test(key) ? key : '00000000-0000-0000-0000-000000000000'),
          ]),
        )
        .execute();
      if (found.length !== 1)
        throw new UsageError(
          found.length
            ? `${found.length} organisations are named ${key}: use the id`
            : `no organisation ${key}`,
        );
      return found[0]!;
    };
    switch (command) {
      case 'organisations': {
        const rows = await sql
          .selectFrom('Organisation')
          .select(['id', 'name', 'plan', 'createdAt'])
          .orderBy('createdAt')
          .execute();
        return print(
          rows.map((row) => `${row.id}  ${row.plan.padEnd(12)}  ${row.name}`).join('\n') || '(none)',
          rows,
        );
      }
      case 'create-organisation': {
        const email = values['admin-email'];
        if (!args[0] || !email) throw new UsageError('create-organisation needs a name and --admin-email');
        const plan = planIdSchema.safeParse(values.plan ?? config.PARLEY_DEFAULT_PLAN);
        if (!plan.success) throw new UsageError(`the plan must be one of ${planIdSchema.options.join(', ')}`);
        const password = randomBytes(12).toString('base64url');
        const input = setupRequest.parse({ organisationName: args[0], name: 'Admin', email, password });
        const { organisationId } = await createOrganisationWithAdmin(database, input, plan.data, {
          firstRun: false,
        });
        return print(`${input.organisationName} (${plan.data}): admin ${input.email}, password ${password}`, {
          organisationId,
          email: input.email,
          password,
        });
      }
      case 'set-plan': {
        const organisation = await organisationBy(args[0]);
        const plan = planIdSchema.safeParse(args[1]);
        if (!plan.success) throw new UsageError(`the plan must be one of ${planIdSchema.options.join(', ')}`);
        const updated = await context
          .get(OrganisationUseCase)
          .setPlan({ organisationId: organisation.id, label: 'operator' }, plan.data);
        return print(`${updated.name} is now on the ${updated.plan} plan`, updated);
      }
      case 'reset-link': {
        const user = await sql
          .selectFrom('User')
          .select(['id', 'email'])
          .where('email', '=', (args[0] ?? '').toLowerCase())
          .executeTakeFirst();
        if (!user) throw new UsageError(`nobody has the address ${args[0] ?? ''}`);
        const reset = await database.transaction((tx) => issuePasswordReset(tx, user.id, config.PUBLIC_URL));
        return print(`Reset link for ${user.email} (valid for an hour):\n${reset.link}`, reset);
      }
      case 'adjust-credits': {
        const organisation = await organisationBy(args[0]);
        const amount = Number(args[1]);
        if (!Number.isInteger(amount) || amount === 0)
          throw new UsageError('adjust-credits needs a whole, non-zero number of credits');
        if (!values.note?.trim()) throw new UsageError('adjust-credits needs --note (why)');
        const key = values.key ?? randomUUID();
        const operator = { organisationId: organisation.id, label: 'operator' } as const;
        const ledger = context.get(CreditLedger);
        const { adjusted } = await database.transaction(async (tx) => {
          const result = await ledger.adjust(
            { organisationId: organisation.id, key, amount, note: values.note!.trim(), actorUserId: null },
            tx,
          );
          if (result.adjusted)
            await recordAudit(tx, {
              actor: operator,
              action: 'credits.adjusted',
              target: { type: 'credit_account', id: organisation.id, label: organisation.name },
              after: { amount, note: values.note!.trim(), key },
            });
          return result;
        });
        const account = await context.get(CreditAccounts).get(organisation.id);
        return print(
          adjusted
            ? `${organisation.name}: ${amount > 0 ? '+' : ''}${amount} credits, balance ${account.balance}`
            : `${organisation.name}: adjustment ${key} was already recorded, balance ${account.balance}`,
          { adjusted, key, balance: account.balance },
        );
      }
      case 'demo-seed': {
        const email = values['admin-email'];
        if (!email) throw new UsageError('demo-seed needs --admin-email');
        // Tokens come from the environment: a command line is visible to everyone on the machine.
        const token = process.env.PARLEY_DEMO_WHATSAPP_ACCESS_TOKEN;
        const waba = values['whatsapp-waba-id'];
        const number = values['whatsapp-phone-number-id'];
        const bot = process.env.PARLEY_DEMO_TELEGRAM_BOT_TOKEN;
        const result = await seedDemo(context, database, {
          adminEmail: email,
          ...(token && waba && number
            ? { whatsapp: { accessToken: token, wabaId: waba, phoneNumberId: number } }
            : {}),
          ...(bot ? { telegram: { botToken: bot } } : {}),
        });
        return print(
          result.created ? `Demo admin ${result.email}, password ${result.password}` : 'Already set up',
          result,
        );
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } finally {
    await context.close();
    await database.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${usage}`);
    process.exit(64); // EX_USAGE
  }
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
