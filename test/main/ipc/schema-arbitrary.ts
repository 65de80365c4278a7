import fc from 'fast-check';
import { z } from 'zod';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

/**
 * A bounded fast-check arbitrary for the values a zod schema accepts, read from its JSON Schema
 * (`z.toJSONSchema`), with strings drawn partly from `strings` (hostile paths, say) and, one time
 * in `offSchema` (at the top two levels), a value of the wrong shape, so both valid and invalid
 * requests are sent.
 * Arrays hold at most 3 items, strings at most 40 characters, nesting stops at depth 4.
 */
export function arbitraryFor(schema: z.ZodType, strings: string[], offSchema = 8): fc.Arbitrary<unknown> {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const defs = root.$defs ?? {};
  const junk = fc.oneof(fc.anything({ maxDepth: 2, maxKeys: 3 }), fc.constantFrom(...strings));
  const text = (max = 40, min = 0) =>
    fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, 40) }) }, fc.constantFrom(...strings));

  // Wrong shapes only near the top: deeper down they would make nearly every large request invalid.
  const of = (node: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
    const valid = shaped(node, depth);
    return depth > 1 ? valid : fc.oneof({ weight: offSchema, arbitrary: valid }, { weight: 1, arbitrary: junk });
  };

  const shaped = (node: JsonSchema, depth: number): fc.Arbitrary<unknown> => {
    if (node.$ref) {
      const name = node.$ref.split('/').pop()!;
      return depth > 4 ? junk : of(node.$ref === '#' ? root : defs[name]!, depth + 1);
    }
    if (node.const !== undefined) return fc.constant(node.const);
    if (node.enum) return fc.constantFrom(...node.enum);
    const options = node.anyOf ?? node.oneOf;
    if (options) return fc.oneof(...options.map((option) => of(option, depth + 1)));
    if (node.allOf?.length) return of(node.allOf[0]!, depth);
    const type = Array.isArray(node.type) ? node.type[0] : node.type;
    switch (type) {
      case 'object': {
        if (depth > 4) return fc.constant({});
        const properties = node.properties ?? {};
        const record = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, of(value, depth + 1)]));
        return fc.record(record, { requiredKeys: (node.required ?? []).filter((key) => key in properties) });
      }
      case 'array':
        if (node.prefixItems) return fc.tuple(...node.prefixItems.map((item) => of(item, depth + 1)));
        return fc.array(of(node.items ?? {}, depth + 1), { maxLength: Math.min(node.maxItems ?? 3, 3) });
      case 'string':
        return text(node.maxLength, node.minLength);
      case 'integer':
        return fc.integer({ min: node.minimum ?? -5, max: node.maximum ?? 1000 });
      case 'number':
        return fc.double({ min: node.minimum ?? -5, max: node.maximum ?? 1000, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      default:
        return junk;
    }
  };

  return of(root, 0);
}
