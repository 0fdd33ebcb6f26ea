import { isSchemaObject, type JsonSchema } from './schema-merge.js';

export interface SchemaPatch {
  /** Dotted path through `properties`, e.g. `location.latitude`; `''` is the component itself. */
  at: string;
  /** Keywords replacing the target's. */
  set?: JsonSchema;
  /** Values appended to the target's `enum`. */
  addEnum?: readonly string[];
  /** Branches appended to the target's `oneOf`. */
  addOneOf?: readonly JsonSchema[];
  /** Properties added to the target's `properties`. */
  addProperties?: Readonly<Record<string, JsonSchema>>;
}

/** Applies leniency patches to a normalized component schema. */
export function applyPatches(schema: JsonSchema, patches: readonly SchemaPatch[]): JsonSchema {
  return patches.reduce(
    (out, patch) => patchAt(out, patch.at === '' ? [] : patch.at.split('.'), patch),
    schema,
  );
}

function patchAt(schema: JsonSchema, path: readonly string[], patch: SchemaPatch): JsonSchema {
  const [head, ...rest] = path;
  if (head === undefined) {
    const out: JsonSchema = { ...schema, ...patch.set };
    if (patch.addEnum) out.enum = [...(Array.isArray(out.enum) ? out.enum : []), ...patch.addEnum];
    if (patch.addOneOf) out.oneOf = [...(Array.isArray(out.oneOf) ? out.oneOf : []), ...patch.addOneOf];
    if (patch.addProperties)
      out.properties = { ...(isSchemaObject(out.properties) ? out.properties : {}), ...patch.addProperties };
    return out;
  }
  const properties = isSchemaObject(schema.properties) ? schema.properties : {};
  const target = properties[head];
  if (!isSchemaObject(target)) throw new Error(`Spec leniency: no property ${head} to patch`);
  return { ...schema, properties: { ...properties, [head]: patchAt(target, rest, patch) } };
}
