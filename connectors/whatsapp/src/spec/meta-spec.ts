import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { metaSpecLeniencies } from './meta-spec-leniencies.js';
import { isSchemaObject, SchemaNormalizer, type JsonSchema } from './schema-normalizer.js';

/** Meta's WhatsApp Business Messaging OpenAPI spec, as copied into this package (MIT, see its LICENSE). */
export const META_SPEC_FILE = new URL(
  '../../spec/whatsapp-business-messaging-api_v23.0.yaml',
  import.meta.url,
);

export { metaSpecLeniencies } from './meta-spec-leniencies.js';

export interface SpecIssue {
  /** Dotted path into the validated value, e.g. `text.body`; empty for the value itself. */
  path: string;
  message: string;
}

/** Validates a value; an empty list means valid. */
export type SpecValidator = (value: unknown) => SpecIssue[];

export interface MetaSpec {
  /** Validator for the JSON request body of an operation, e.g. ('/{Version}/{Phone-Number-ID}/messages', 'post'). */
  requestBody(path: string, method: string): SpecValidator;
  /** Validator for a named component schema, e.g. 'StatusMessageValue'. */
  component(name: string): SpecValidator;
  /** The named examples of an operation's JSON request body (webhooks: '/whatsapp/webhooks', 'post'). */
  requestExamples(path: string, method: string): Record<string, unknown>;
}

// ajv-formats ships CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => void;
const loaded = new Map<string, MetaSpec>();

/** Loads (once per file) and prepares Meta's spec. Parsing the 1 MB YAML takes about a second. */
export function loadMetaSpec(file: URL = META_SPEC_FILE): MetaSpec {
  const cached = loaded.get(file.href);
  if (cached) return cached;
  const spec = createMetaSpec(parse(readFileSync(file, 'utf8'), { uniqueKeys: false }) as unknown);
  loaded.set(file.href, spec);
  return spec;
}

function createMetaSpec(document: unknown): MetaSpec {
  const components = child(child(document, 'components'), 'schemas');
  const ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  const validators = new Map<string, SpecValidator>();

  const compile = (key: string, build: (normalizer: SchemaNormalizer) => unknown): SpecValidator => {
    const existing = validators.get(key);
    if (existing) return existing;
    const normalizer = new SchemaNormalizer(components, metaSpecLeniencies);
    const root = build(normalizer);
    const validate = ajv.compile({ ...(isSchemaObject(root) ? root : {}), $defs: normalizer.defs });
    const validator: SpecValidator = (value) => (validate(value) ? [] : toIssues(validate));
    validators.set(key, validator);
    return validator;
  };
  const jsonBody = (path: string, method: string) =>
    child(
      child(child(child(child(child(document, 'paths'), path), method), 'requestBody'), 'content'),
      'application/json',
    );

  return {
    requestBody: (path, method) =>
      compile(`${method} ${path}`, (normalizer) =>
        normalizer.normalize(child(jsonBody(path, method), 'schema')),
      ),
    component: (name) => compile(`#${name}`, (normalizer) => normalizer.refTo(name)),
    requestExamples: (path, method) => {
      const examples = child(jsonBody(path, method), 'examples');
      return Object.fromEntries(
        Object.entries(examples).map(([name, example]) => [name, child(example, 'value')]),
      );
    },
  };
}

function child(value: unknown, key: string): JsonSchema {
  const next = isSchemaObject(value) ? value[key] : undefined;
  if (!isSchemaObject(next)) throw new Error(`Meta spec: missing object at "${key}"`);
  return next;
}

function toIssues(validate: ValidateFunction): SpecIssue[] {
  return (validate.errors ?? []).filter((error) => error.keyword !== 'if').map(toIssue);
}

function toIssue(error: ErrorObject): SpecIssue {
  const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  if (error.keyword === 'required' && params.missingProperty) {
    return { path: [...segments, params.missingProperty].join('.'), message: 'is required' };
  }
  if (error.keyword === 'additionalProperties' && params.additionalProperty) {
    return { path: [...segments, params.additionalProperty].join('.'), message: 'is not allowed' };
  }
  return { path: segments.join('.'), message: error.message ?? error.keyword };
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
