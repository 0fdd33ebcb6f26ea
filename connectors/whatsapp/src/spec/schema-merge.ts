/** A JSON Schema (or OpenAPI 3.1 schema) object. */
export type JsonSchema = { [keyword: string]: unknown };

export function isSchemaObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merges allOf members into one schema; conflicting keywords are kept side by side in an allOf. */
export function mergeSchemas(parts: JsonSchema[]): JsonSchema {
  const out: JsonSchema = {};
  const conflicts: JsonSchema[] = [];
  for (const part of parts) {
    for (const [keyword, value] of Object.entries(part)) {
      const current = out[keyword];
      if (keyword === 'properties' && isSchemaObject(value)) {
        out.properties = mergeProperties(isSchemaObject(current) ? current : {}, value);
      } else if (keyword === 'required' && Array.isArray(value)) {
        out.required = [...new Set([...(Array.isArray(current) ? current : []), ...value])];
      } else if (keyword === 'additionalProperties') {
        out.additionalProperties = current === false || value === false ? false : value;
      } else if (keyword === 'allOf' && Array.isArray(value)) {
        out.allOf = [...(Array.isArray(current) ? current : []), ...value];
      } else if (current === undefined || ['description', 'example', 'title'].includes(keyword)) {
        out[keyword] = value;
      } else if (JSON.stringify(current) !== JSON.stringify(value)) {
        conflicts.push({ [keyword]: value });
      }
    }
  }
  if (conflicts.length > 0) out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), ...conflicts];
  return out;
}

function mergeProperties(base: JsonSchema, extra: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...base };
  for (const [key, schema] of Object.entries(extra)) {
    const existing = out[key];
    if (!isSchemaObject(existing) || !isSchemaObject(schema)) out[key] = schema;
    else if ('$ref' in existing || '$ref' in schema) out[key] = { allOf: [existing, schema] };
    else out[key] = { ...existing, ...schema };
  }
  return out;
}
