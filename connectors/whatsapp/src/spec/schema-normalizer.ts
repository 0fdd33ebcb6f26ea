import { isSchemaObject, mergeSchemas, type JsonSchema } from './schema-merge.js';
import { applyPatches, type SchemaPatch } from './schema-patch.js';

export { isSchemaObject, type JsonSchema } from './schema-merge.js';
export type { SchemaPatch } from './schema-patch.js';

/** Deviations from the spec that Meta's own examples need (the list with reasons: `metaSpecLeniencies`). */
export interface SpecLeniency {
  /** Dropped from `required` in every schema. */
  requiredEverywhere: readonly string[];
  /** Dropped from `required` of the named component schema only. */
  requiredBySchema: Readonly<Record<string, readonly string[]>>;
  /** Keywords removed from properties of a component schema: `{ Schema: { property: ['pattern'] } }`. */
  propertyKeywordsBySchema: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  /** The discriminator value assumed when a discriminated component's property is absent. */
  discriminatorDefaults: Readonly<Record<string, string>>;
  /** Extra `value → component name` entries for a discriminated component's dispatch. */
  discriminatorAdditions?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Component schemas added next to Meta's (targets of `discriminatorAdditions`). */
  extraComponents?: Readonly<Record<string, JsonSchema>>;
  /** Changes inside a component, at a dotted property path (`''` = the component itself). */
  schemaPatches?: Readonly<Record<string, readonly SchemaPatch[]>>;
}

/** Keywords whose values are data, not sub-schemas: never rewritten. */
const dataKeywords = new Set([
  'example',
  'examples',
  'enum',
  'const',
  'default',
  'required',
  'discriminator',
]);
/** Keywords whose values map names to sub-schemas. */
const schemaMapKeywords = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);
const componentPrefix = '#/components/schemas/';

function componentName(ref: string): string {
  if (!ref.startsWith(componentPrefix))
    throw new Error(`Unsupported $ref ${ref}: only component schemas are resolved`);
  return ref.slice(componentPrefix.length);
}

/**
 * Rewrites OpenAPI component schemas into plain JSON Schema 2020-12 that validates the way Meta's
 * examples read: component `$ref`s point into `defs`, every `allOf` becomes one merged object
 * schema, and every `discriminator` becomes an if/then dispatch on its property.
 */
export class SchemaNormalizer {
  /** Normalized component schemas, keyed by name; the compiled root schema carries them as `$defs`. */
  readonly defs: Record<string, JsonSchema> = {};
  private readonly inlining = new Set<string>();

  constructor(
    private readonly components: Readonly<Record<string, unknown>>,
    private readonly leniency: SpecLeniency,
  ) {}

  /** A `$ref` to the named component, normalizing it (once) into `defs`. */
  refTo(name: string): JsonSchema {
    if (!(name in this.defs)) {
      this.defs[name] = {}; // placeholder: recursive schemas refer to themselves while normalizing
      this.defs[name] = this.relax(this.normalizeObject(this.component(name), name), name);
    }
    return { $ref: `#/$defs/${name}` };
  }

  normalize(schema: unknown): unknown {
    if (Array.isArray(schema)) return schema.map((item) => this.normalize(item));
    if (!isSchemaObject(schema)) return schema;
    const { $ref, ...rest } = schema;
    if (typeof $ref === 'string') {
      const target = this.refTo(componentName($ref));
      const siblings = this.mapChildren(rest);
      return Object.keys(siblings).length === 0 ? target : { ...siblings, ...target };
    }
    return this.relax(this.normalizeObject(schema));
  }

  private component(name: string): JsonSchema {
    const schema = this.leniency.extraComponents?.[name] ?? this.components[name];
    if (!isSchemaObject(schema)) throw new Error(`Unknown component schema ${name}`);
    return schema;
  }

  private normalizeObject(schema: JsonSchema, name?: string): JsonSchema {
    const merged = Array.isArray(schema.allOf)
      ? this.mergeAllOf(schema.allOf, schema)
      : this.mapChildren(schema);
    if (!isSchemaObject(merged.discriminator)) return merged;
    return this.dispatch(merged, merged.discriminator, name);
  }

  private mapChildren(schema: JsonSchema): JsonSchema {
    const out: JsonSchema = {};
    for (const [keyword, value] of Object.entries(schema)) {
      if (dataKeywords.has(keyword)) out[keyword] = value;
      else if (schemaMapKeywords.has(keyword) && isSchemaObject(value)) {
        out[keyword] = Object.fromEntries(
          Object.entries(value).map(([key, sub]) => [key, this.normalize(sub)]),
        );
      } else out[keyword] = this.normalize(value);
    }
    return out;
  }

  /** An allOf member given by `$ref`, inlined without its discriminator (a base does not re-dispatch). */
  private inline(member: unknown): unknown {
    if (!isSchemaObject(member) || typeof member.$ref !== 'string') return this.normalize(member);
    const name = componentName(member.$ref);
    if (this.inlining.has(name)) throw new Error(`Cyclic allOf through ${name}`);
    this.inlining.add(name);
    try {
      const { discriminator: _ignored, ...base } = this.component(name);
      return this.relax(this.normalizeObject(base), name);
    } finally {
      this.inlining.delete(name);
    }
  }

  private mergeAllOf(members: unknown[], schema: JsonSchema): JsonSchema {
    const { allOf: _members, ...own } = schema;
    const parts = [...members.map((member) => this.inline(member)), this.mapChildren(own)];
    return mergeSchemas(parts.filter(isSchemaObject));
  }

  private dispatch(schema: JsonSchema, discriminator: JsonSchema, name?: string): JsonSchema {
    const { discriminator: _d, oneOf, anyOf: _anyOf, ...own } = schema;
    const property = String(discriminator.propertyName);
    const fallback = name === undefined ? undefined : this.leniency.discriminatorDefaults[name];
    const additions = Object.fromEntries(
      Object.entries((name && this.leniency.discriminatorAdditions?.[name]) || {}).map(([value, target]) => [
        value,
        `${componentPrefix}${target}`,
      ]),
    );
    const mapping = {
      ...(isSchemaObject(discriminator.mapping)
        ? (discriminator.mapping as Record<string, string>)
        : mappingFromOneOf(Array.isArray(oneOf) ? oneOf : [])),
      ...additions,
    };
    const values = Object.keys(mapping);
    const branches: JsonSchema[] = Object.entries(mapping).map(([value, ref]) => ({
      if: { properties: { [property]: { const: value } }, required: [property] },
      then: this.refTo(componentName(ref)),
    }));
    const fallbackRef = fallback === undefined ? undefined : mapping[fallback];
    if (fallbackRef)
      branches.push({ if: { not: { required: [property] } }, then: this.refTo(componentName(fallbackRef)) });
    const selector = {
      ...(fallbackRef ? {} : { required: [property] }),
      properties: { [property]: { enum: values } },
    };
    const existing = Array.isArray(own.allOf) ? own.allOf : [];
    return { ...own, allOf: [...existing, selector, ...branches] };
  }

  private relax(schema: JsonSchema, name?: string): JsonSchema {
    const out = applyPatches({ ...schema }, (name && this.leniency.schemaPatches?.[name]) || []);
    if (Array.isArray(out.required)) {
      const dropped = new Set([
        ...this.leniency.requiredEverywhere,
        ...((name && this.leniency.requiredBySchema[name]) || []),
      ]);
      out.required = out.required.filter((key) => !dropped.has(String(key)));
    }
    const patches = name ? this.leniency.propertyKeywordsBySchema[name] : undefined;
    if (patches && isSchemaObject(out.properties)) {
      const properties = { ...out.properties };
      for (const [property, keywords] of Object.entries(patches)) {
        const target = properties[property];
        if (isSchemaObject(target)) properties[property] = omit(target, keywords);
      }
      out.properties = properties;
    }
    return out;
  }
}

function omit(schema: JsonSchema, keywords: readonly string[]): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([keyword]) => !keywords.includes(keyword)));
}

function mappingFromOneOf(oneOf: unknown[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const member of oneOf) {
    if (isSchemaObject(member) && typeof member.$ref === 'string') {
      mapping[componentName(member.$ref)] = member.$ref;
    }
  }
  return mapping;
}
