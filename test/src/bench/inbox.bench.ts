// The inbox benchmark: lists 100,000 seeded conversations per view and filter through the engine's
// own use case and prints p50/p95 per filter (target: p95 < 100 ms). SQLite by default, PostgreSQL
// when PARLEY_TEST_DATABASE_URL names a server (an own database is created there and dropped).
// On PostgreSQL the seeded tables are vacuumed and analyzed before the timing, as autovacuum does
// after a bulk load in a real database: without planner statistics the plans are guesses (and
// autovacuum landing in the middle of the timed listings would change them half-way), and without
// the visibility map counts cannot be answered from the indexes alone. (SQLite keeps no
// statistics unless told to, and the engine never does, so it is timed as seeded.)
// Needs the engine built (npm run build). Flags: --count N (100000), --iterations N (40).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { defaultTeamSla, listConversationsQuery } from '@parley/contracts';
import { runBenchmark } from './cli.js';
import { summarize } from './stats.js';

interface InboxBenchOptions {
  count: number;
  iterations: number;
}

const usage = `npm run bench:inbox -- [--count N] [--iterations N]
  --count N       conversations to seed (default 100000)
  --iterations N  timed listings per filter (default 40; alternately the first and the second page)
PostgreSQL when PARLEY_TEST_DATABASE_URL is set, SQLite otherwise.`;

function parse(argv: string[]): InboxBenchOptions | undefined {
  const options: InboxBenchOptions = { count: 100_000, iterations: 40 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') return undefined;
    const value = Number(argv[++i]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag}: expected a positive integer`);
    if (flag === '--count') options.count = value;
    else if (flag === '--iterations') options.iterations = value;
    else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

// The engine has no type declarations: the few parts the benchmark uses, as it uses them.
interface Insert {
  values(rows: Record<string, unknown>[]): { execute(): Promise<unknown> };
}
interface TestDatabase {
  dialect: 'sqlite' | 'postgresql';
  orm: { em: { getConnection(): { execute(sql: string): Promise<unknown> } } };
  sql(): { insertInto(table: string): Insert };
  transaction<T>(work: (sql: { insertInto(table: string): Insert }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
interface Page {
  items: unknown[];
  nextCursor: string | null;
}
interface UseCase<Result> {
  execute(caller: unknown, query?: unknown, now?: Date): Promise<Result>;
}
const engine = '@parley/engine/dist';
const load = async <Module>(path: string) => (await import(`${engine}/${path}`)) as Module;

let database: TestDatabase | undefined;

async function insertAll(rows: Record<string, unknown>[], table: string, batch: number) {
  for (let i = 0; i < rows.length; i += batch)
    await database!.transaction((sql) =>
      sql
        .insertInto(table)
        .values(rows.slice(i, i + batch))
        .execute(),
    );
}

async function main(options: InboxBenchOptions): Promise<number> {
  const log = (text: string) => process.stdout.write(`${text}\n`);
  const { openTestDatabase } = await load<{ openTestDatabase(): Promise<TestDatabase> }>(
    'infrastructure/database/test-database.js',
  );
  const { ListConversationsUseCase, CountConversationsUseCase } = await load<{
    ListConversationsUseCase: new (database: TestDatabase) => UseCase<Page>;
    CountConversationsUseCase: new (database: TestDatabase) => UseCase<Record<string, number>>;
  }>('inbox/list-conversations.usecase.js');
  database = await openTestDatabase();
  log(`Database: ${database.dialect}; seeding ${options.count} conversations...`);
  const seedStarted = performance.now();
  const now = new Date();
  const organisationId = randomUUID();
  await insertAll(
    [{ id: organisationId, name: 'Bench', plan: 'premium', createdAt: now, updatedAt: now }],
    'Organisation',
    1,
  );
  const agents = Array.from({ length: 20 }, () => randomUUID());
  await insertAll(
    agents.map((id, i) => ({
      id,
      organisation: organisationId,
      email: `agent-${i}@bench.test`,
      name: `Agent ${i}`,
      role: 'agent',
      passwordHash: 'not-a-hash',
      status: 'active',
      locale: 'en',
      createdAt: now,
      updatedAt: now,
      lastSignInAt: null,
    })),
    'User',
    100,
  );
  const teams = Array.from({ length: 5 }, () => randomUUID());
  await insertAll(
    teams.map((id, i) => ({
      id,
      organisation: organisationId,
      name: `Team ${i}`,
      strategy: 'round_robin',
      fallbackStrategy: 'round_robin',
      defaultCapacity: 5,
      sla: defaultTeamSla,
      createdAt: now,
      updatedAt: now,
    })),
    'Team',
    10,
  );
  // Agent i belongs to team i % 5; the caller (agent 0) to teams 0 and 1.
  await insertAll(
    [
      ...agents.map((user, i) => ({ team: teams[i % 5], user, position: i })),
      { team: teams[1], user: agents[0], position: 99 },
    ].map((member) => ({ id: randomUUID(), organisation: organisationId, capacity: null, ...member })),
    'TeamMember',
    100,
  );
  const accounts = (['whatsapp', 'telegram'] as const).map((channel, i) => ({
    id: randomUUID(),
    organisation: organisationId,
    channel,
    name: `Bench ${channel}`,
    platformAccountId: `${100000000000001 + i}`,
    parentAccountId: channel === 'whatsapp' ? '100000000000000' : null,
    details: {},
    credentials: null,
    webhookKey: null,
    enabled: true,
    connectedAt: now,
    connectedBy: null,
    disabledAt: null,
    disabledBy: null,
    disconnectedAt: null,
    createdAt: now,
    updatedAt: now,
  }));
  await insertAll(accounts, 'ChannelAccount', 10);

  const batch = database.dialect === 'sqlite' ? 1_000 : 2_000;
  for (let start = 0; start < options.count; start += batch) {
    const contacts: Record<string, unknown>[] = [];
    const conversations: Record<string, unknown>[] = [];
    const tags: Record<string, unknown>[] = [];
    for (let n = start; n < Math.min(options.count, start + batch); n++) {
      const account = accounts[n % 10 === 0 ? 1 : 0]!;
      const contactId = randomUUID();
      const lastMessageAt = new Date(now.getTime() - n * 37_000);
      const status = n % 10 < 7 ? 'open' : n % 10 < 9 ? 'closed' : 'snoozed';
      const team = n % 7 === 0 ? null : teams[n % 5];
      const assignee = status !== 'open' || n % 3 === 0 ? agents[n % 20] : null;
      contacts.push({
        id: contactId,
        organisation: organisationId,
        channelAccount: account.id,
        platformId: `81${String(n).padStart(10, '0')}`,
        userId: null,
        parentUserId: null,
        username: null,
        name: `Customer ${n}`,
        language: null,
        createdAt: lastMessageAt,
        updatedAt: lastMessageAt,
      });
      conversations.push({
        id: randomUUID(),
        organisation: organisationId,
        channel: account.channel,
        channelAccount: account.id,
        contact: contactId,
        lastMessageAt,
        lastMessagePreview: `message ${n}`,
        lastInboundAt: lastMessageAt,
        windowExpiresAt:
          account.channel === 'telegram' ? null : new Date(lastMessageAt.getTime() + 86_400_000),
        entryPointExpiresAt: null,
        attentionCode: null,
        attentionMessage: null,
        attentionAt: null,
        team,
        assignedUser: assignee,
        status,
        queuedAt: team && !assignee ? lastMessageAt : null,
        assignedAt: assignee ? lastMessageAt : null,
        firstResponseAt: null,
        snoozedUntil: status === 'snoozed' ? new Date(now.getTime() + 3_600_000) : null,
        createdAt: lastMessageAt,
        updatedAt: lastMessageAt,
      });
      if (n % 5 === 0)
        tags.push({
          id: randomUUID(),
          organisation: organisationId,
          contact: contactId,
          tag: 'vip',
          createdAt: now,
        });
    }
    await database.transaction(async (sql) => {
      await sql.insertInto('Contact').values(contacts).execute();
      await sql.insertInto('Conversation').values(conversations).execute();
      if (tags.length) await sql.insertInto('ContactTag').values(tags).execute();
    });
  }
  if (database.dialect === 'postgresql') await database.orm.em.getConnection().execute('vacuum analyze');
  log(`Seeded in ${Math.round((performance.now() - seedStarted) / 1000)} s`);

  const caller = {
    organisationId,
    userId: agents[0],
    label: 'agent-0@bench.test',
    role: 'agent',
    permissions: new Set(['inbox:read']),
    via: { kind: 'token', tokenId: 'bench' },
  };
  const list = new ListConversationsUseCase(database);
  const counts = new CountConversationsUseCase(database);
  const filters: Record<string, Record<string, string>> = {
    all: { view: 'all' },
    'all, open': { view: 'all', status: 'open' },
    mine: { view: 'mine' },
    unassigned: { view: 'unassigned' },
    team: { view: 'team' },
    'team (one)': { view: 'team', teamId: teams[1]! },
    queue: { view: 'queue' },
    'all, closed': { view: 'all', status: 'closed' },
    'channel telegram': { view: 'all', channel: 'telegram' },
    'window open': { view: 'all', window: 'open' },
    'window closed': { view: 'all', window: 'closed' },
    'tag vip': { view: 'all', tag: 'vip' },
    'mine, tag vip': { view: 'mine', tag: 'vip' },
  };
  const results: Record<string, { p50: number; p95: number; items: number }> = {};
  const time = async (name: string, run: (i: number) => Promise<number>) => {
    for (let i = 0; i < 3; i++) await run(i);
    const samples: number[] = [];
    let items = 0;
    for (let i = 0; i < options.iterations; i++) {
      const started = performance.now();
      items = await run(i);
      samples.push(performance.now() - started);
    }
    const summary = summarize(samples);
    results[name] = { p50: round(summary.p50), p95: round(summary.p95), items };
    log(
      `${name.padEnd(20)} p50 ${results[name].p50.toFixed(1).padStart(7)} ms  p95 ${results[name].p95.toFixed(1).padStart(7)} ms  (${items} items)`,
    );
  };
  log('');
  for (const [name, query] of Object.entries(filters)) {
    const first = await list.execute(caller, listConversationsQuery.parse(query), now);
    const second = first.nextCursor ? { ...query, cursor: first.nextCursor } : query;
    await time(name, async (i) => {
      const page = await list.execute(caller, listConversationsQuery.parse(i % 2 ? second : query), now);
      return page.items.length;
    });
  }
  await time('counts', async () => Object.keys(await counts.execute(caller)).length);
  const worst = Math.max(...Object.values(results).map((result) => result.p95));
  log('');
  log(`Worst p95: ${worst.toFixed(1)} ms (target < 100 ms)`);
  log(
    JSON.stringify({
      benchmark: 'inbox',
      database: database.dialect,
      conversations: options.count,
      iterations: options.iterations,
      filters: results,
      worstP95Ms: worst,
      targetMet: worst < 100,
    }),
  );
  return 0;
}

const round = (value: number) => Math.round(value * 10) / 10;

async function shutdown(code: number): Promise<never> {
  await database?.close().catch(() => {});
  process.exit(code);
}

await runBenchmark({
  parse,
  usage,
  deadlineMs: (options) => (600 + options.count / 100) * 1000,
  main,
  shutdown,
  recentOutput: () => undefined,
});
