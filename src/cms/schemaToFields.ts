import { z } from 'astro/zod';

/** One field of the content editor's configuration (Sveltia CMS, Decap-compatible keys). */
export interface CmsField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'datetime' | 'select' | 'list' | 'object';
  required?: boolean;
  i18n?: boolean | 'duplicate';
  hint?: string;
  default?: unknown;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  field?: CmsField;
  fields?: CmsField[];
  root?: boolean;
  format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
}

/** What the schema walker needs to know beyond the schema itself. */
export interface FieldContext {
  /** The slugs an entry of a collection may be referred to by. */
  referenceOptions: (collection: string) => string[];
  /** Fields (dotted paths) that name entries of another collection: `{ related: 'explainers' }`. */
  references?: Readonly<Record<string, string>>;
  /** Whether the field belongs to a translated collection (one file per language). */
  translated?: boolean;
}

/** The part of JSON Schema that `z.toJSONSchema` writes for the site's schemas. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  description?: string;
  format?: string;
  pattern?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/**
 * A schema through zod's public API, as JSON Schema, twice: as the author writes it (`input`: a
 * date is the string `YYYY-MM-DD`, marked `format: "date"` by `.meta()`) and as the build reads it
 * (`output`), whose `required` lists are the ones to trust: a date's input is read by a
 * preprocess, which accepts anything, so only the output says the field must be there.
 */
interface SchemaPair {
  input: JsonSchema;
  output: JsonSchema;
}

function jsonSchemasOf(schema: z.ZodType): SchemaPair {
  const of = (io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return { input: of('input'), output: of('output') };
}

/** The editor's label for a field: `contentNote` → "Content note". */
function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A bound the editor should show: not the safe-integer limit zod adds to every `.int()`. */
function bound(value: number | undefined, step: number): number | undefined {
  if (value === undefined || Math.abs(value) >= Number.MAX_SAFE_INTEGER) return undefined;
  return value + step;
}

function toField(name: string, pair: SchemaPair, required: boolean, context: FieldContext, path: string): CmsField {
  const schema = pair.input;
  const field: CmsField = { name, label: labelOf(name), widget: 'string' };
  if (!required) field.required = false;
  if (schema.default !== undefined && !(Array.isArray(schema.default) && schema.default.length === 0))
    field.default = schema.default;
  if (schema.description) field.hint = schema.description;
  // Top-level fields only: nested ones follow their parent (marking them too breaks the editor).
  if (context.translated && path === name) field.i18n = true;

  if (schema.format === 'date') {
    return { ...field, widget: 'datetime', time_format: false, format: 'YYYY-MM-DD', picker_utc: true };
  }
  if (schema.enum) return { ...field, widget: 'select', options: schema.enum.map(String) };
  if (schema.const !== undefined) return { ...field, widget: 'select', options: [String(schema.const)] };
  const reference = context.references?.[path];
  switch (schema.type) {
    case 'string':
      if ((schema.maxLength ?? 0) > 200) field.widget = 'text';
      if (schema.pattern) field.pattern = [schema.pattern, 'does not have the expected form'];
      return field;
    case 'integer':
    case 'number': {
      const min = bound(schema.minimum, 0) ?? bound(schema.exclusiveMinimum, 1);
      const max = bound(schema.maximum, 0) ?? bound(schema.exclusiveMaximum, -1);
      return {
        ...field,
        widget: 'number',
        value_type: 'int',
        ...(min === undefined ? {} : { min }),
        ...(max === undefined ? {} : { max }),
      };
    }
    case 'boolean':
      return { ...field, widget: 'boolean' };
    case 'array': {
      const item = toField(name, { input: schema.items ?? {}, output: pair.output.items ?? {} }, true, context, path);
      if (reference)
        return { ...field, widget: 'select', multiple: true, options: context.referenceOptions(reference) };
      if (item.widget === 'select') return { ...field, widget: 'select', multiple: true, options: item.options ?? [] };
      if (item.widget === 'object') return { ...field, widget: 'list', fields: item.fields ?? [] };
      const { name: _name, label: _label, i18n: _i18n, required: _required, ...itemField } = item;
      return { ...field, widget: 'list', field: { name: 'item', label: labelOf(name), ...itemField } };
    }
    case 'object':
      return { ...field, widget: 'object', fields: fieldsOf(pair, context, `${path}.`) };
    default:
      throw new Error(`content editor: field "${path}" has a type (${schema.type ?? 'none'}) the editor cannot show`);
  }
}

/** An object's fields; one with a default is never required of the author. */
function fieldsOf({ input, output }: SchemaPair, context: FieldContext, prefix = ''): CmsField[] {
  const required = new Set(output.required ?? []);
  return Object.entries(input.properties ?? {}).map(([key, value]) =>
    toField(
      key,
      { input: value, output: output.properties?.[key] ?? {} },
      required.has(key) && value.default === undefined,
      context,
      `${prefix}${key}`,
    ),
  );
}

/**
 * Turns one zod schema into an editor field, so the editor and the build cannot disagree:
 * required/optional, enums as select lists, references to other entries as select lists of
 * their slugs, dates as date pickers, length limits and patterns as the editor's validation.
 */
export function schemaToField(name: string, schema: z.ZodType, context: FieldContext): CmsField {
  return toField(name, jsonSchemasOf(schema), true, context, name);
}

/** The fields of an object schema (a collection's frontmatter, or one item of a data file). */
export function schemaToFields(schema: z.ZodType, context: FieldContext): CmsField[] {
  const pair = jsonSchemasOf(schema);
  if (pair.input.type !== 'object') throw new Error('content editor: a collection schema must be an object');
  return fieldsOf(pair, context);
}
