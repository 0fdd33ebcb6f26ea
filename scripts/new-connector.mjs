// `npm run new:connector -- <id> [--name "Display Name"]`: creates connectors/<id>/ with every file
// of the channel contract (from scripts/connector-template/), adds it to the workspaces and to the
// engine's dependencies, and prints the remaining checklist (docs/connectors.md).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const templateDir = join(here, 'connector-template');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, root: { type: 'string', default: join(here, '..') } },
});
const id = positionals[0] ?? '';
const root = values.root;
const fail = (message) => {
  console.error(`new:connector: ${message}`);
  process.exit(1);
};
if (!/^[a-z][a-z0-9-]{1,30}$/.test(id))
  fail('give an id of 2-31 lowercase letters, digits and dashes, e.g. `npm run new:connector -- line`');
if (['sdk', 'whatsapp', 'telegram'].includes(id) || existsSync(join(root, 'connectors', id)))
  fail(`connectors/${id} already exists`);

const words = id.split('-');
const pascal = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
const names = {
  __ID__: id,
  __NAME__: values.name ?? words.map((word) => word[0].toUpperCase() + word.slice(1)).join(' '),
  __PASCAL__: pascal,
  __CAMEL__: pascal[0].toLowerCase() + pascal.slice(1),
};
const fill = (text) => text.replace(/__(ID|NAME|PASCAL|CAMEL)__/g, (token) => names[token]);

function copy(from, to) {
  for (const entry of readdirSync(from)) {
    const source = join(from, entry);
    if (statSync(source).isDirectory()) {
      copy(source, join(to, entry));
      continue;
    }
    const target = join(to, fill(entry).replace(/\.tmpl$/, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, fill(readFileSync(source, 'utf8')));
    console.log(`  created ${relative(root, target)}`);
  }
}

function editJson(path, edit) {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`  updated ${relative(root, path)}`);
}

const packageName = `@parley/connector-${id}`;
console.log(`Creating ${packageName} in connectors/${id}:`);
copy(templateDir, join(root, 'connectors', id));
editJson(join(root, 'package.json'), (json) => {
  const at = json.workspaces.indexOf('workflows');
  json.workspaces.splice(at < 0 ? json.workspaces.length : at, 0, `connectors/${id}`);
});
editJson(join(root, 'engine/package.json'), (json) => {
  json.dependencies = Object.fromEntries(
    Object.entries({ ...json.dependencies, [packageName]: '0.1.0' }).sort(),
  );
});
editJson(join(root, 'engine/tsconfig.json'), (json) => {
  json.references.push({ path: `../connectors/${id}` });
});

console.log(`
Next (docs/connectors.md is the full checklist):
  1. npm install                       links the new workspace
  2. engine/src/channels/connectors.ts add '${id}' to connectorIds and ${names.__CAMEL__}Connector to the map
                                       (the compiler reports the map entry until you do)
  3. engine/src/channels/channel-settings.ts and engine/src/infrastructure/config/config.schema.ts:
                                       the environment variables that configure the channel; .env.example too
  4. connectors/${id}/src: webhook.ts, send.ts, errors.ts, manifest.ts — until
       (cd connectors/${id} && npx vitest run) passes the conformance kit
`);
