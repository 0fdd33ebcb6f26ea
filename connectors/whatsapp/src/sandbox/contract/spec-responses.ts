import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import {
  META_SPEC_FILE,
  metaSpecLeniencies,
  type SpecIssue,
  type SpecValidator,
} from '../../spec/meta-spec.js';
import { isSchemaObject, SchemaNormalizer, type JsonSchema } from '../../spec/schema-normalizer.js';

// ajv-formats ships CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
) => void;

/**
 * Validators for the Graph API's *responses* in Meta's spec (the shared helper covers request
 * bodies and components). Same leniencies as `metaSpecLeniencies`. A status the operation does not
 * document is checked against the spec's `GraphAPIError` when it is an error.
 */
export class SpecResponses {
  private readonly document: JsonSchema;
  private readonly validators = new Map<string, SpecValidator>();
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, logger: false });

  constructor(file: URL = META_SPEC_FILE) {
    const parsed = parse(readFileSync(file, 'utf8'), { uniqueKeys: false }) as unknown;
    if (!isSchemaObject(parsed)) throw new Error('Meta spec: not an object');
    this.document = parsed;
    addFormats(this.ajv);
  }

  /** The validator of an operation's response, or undefined when the spec has no such operation. */
  validator(path: string, method: string, status: number): SpecValidator | undefined {
    const key = `${method} ${path} ${status}`;
    const cached = this.validators.get(key);
    if (cached) return cached;
    const operation = at(this.document, 'paths', path, method.toLowerCase());
    if (!operation) return undefined;
    const documented = at(operation, 'responses', String(status), 'content', 'application/json', 'schema');
    const schema = documented ?? (status >= 400 ? { $ref: '#/components/schemas/GraphAPIError' } : undefined);
    if (!schema) return undefined;
    const normalizer = new SchemaNormalizer(
      at(this.document, 'components', 'schemas') ?? {},
      metaSpecLeniencies,
    );
    const root = normalizer.normalize(schema);
    const validate = this.ajv.compile({ ...(isSchemaObject(root) ? root : {}), $defs: normalizer.defs });
    const validator: SpecValidator = (value) => (validate(value) ? [] : (validate.errors ?? []).map(toIssue));
    this.validators.set(key, validator);
    return validator;
  }
}

let shared: SpecResponses | undefined;
/** One parsed copy per process (parsing the 1 MB YAML takes about a second). */
export function specResponses(): SpecResponses {
  shared ??= new SpecResponses();
  return shared;
}

function at(value: unknown, ...keys: string[]): JsonSchema | undefined {
  let current = value;
  for (const key of keys) current = isSchemaObject(current) ? current[key] : undefined;
  return isSchemaObject(current) ? current : undefined;
}

function toIssue(error: ErrorObject): SpecIssue {
  const path = error.instancePath.split('/').slice(1).join('.');
  const params = error.params as { missingProperty?: string };
  if (error.keyword === 'required' && params.missingProperty)
    return { path: [path, params.missingProperty].filter(Boolean).join('.'), message: 'is required' };
  return { path, message: error.message ?? error.keyword };
}
