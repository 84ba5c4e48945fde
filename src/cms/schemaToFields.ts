import type { z } from 'astro/zod';

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

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/** The editor's label for a field: `contentNote` → "Content note". */
function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Metadata attached with `.meta()`: a calendar date. */
function metaOf(schema: AnySchema): { format?: string; description?: string } {
  return (schema.meta?.() as { format?: string; description?: string } | undefined) ?? {};
}

/** Peels optional/default wrappers and transforms down to the type the author writes. */
function unwrap(schema: AnySchema): {
  inner: AnySchema;
  optional: boolean;
  defaultValue?: unknown;
  meta: ReturnType<typeof metaOf>;
} {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  let meta = metaOf(current);
  for (;;) {
    const def = current._zod.def;
    if (def.type === 'optional') {
      optional = true;
      current = def['innerType'] as AnySchema;
    } else if (def.type === 'default') {
      optional = true;
      const value = def['defaultValue'];
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
      current = def['innerType'] as AnySchema;
    } else if (def.type === 'pipe') {
      // A transform after parsing (`.transform`) keeps its input; a preprocess keeps its output.
      const input = def['in'] as AnySchema;
      current = input._zod.def.type === 'transform' ? (def['out'] as AnySchema) : input;
    } else {
      break;
    }
    meta = { ...metaOf(current), ...meta };
  }
  return { inner: current, optional, defaultValue, meta };
}

/** The checks (min/max length, regex) a string or number schema carries. */
function checksOf(schema: AnySchema): Record<string, unknown>[] {
  const checks = (schema._zod.def['checks'] as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? [];
  return checks.map((check) => check._zod.def);
}

/**
 * Turns one zod schema into an editor field, so the editor and the build cannot disagree:
 * required/optional, enums as select lists, references to other entries as select lists of
 * their slugs, dates as date pickers, length limits and patterns as the editor's validation.
 */
export function schemaToField(name: string, schema: z.ZodType, context: FieldContext, path = name): CmsField {
  const { inner, optional, defaultValue, meta } = unwrap(schema as AnySchema);
  const def = inner._zod.def;
  const field: CmsField = { name, label: labelOf(name), widget: 'string' };
  if (optional) field.required = false;
  if (defaultValue !== undefined && !(Array.isArray(defaultValue) && defaultValue.length === 0))
    field.default = defaultValue;
  if (meta.description) field.hint = meta.description;
  // Top-level fields only: nested ones follow their parent (marking them too breaks the editor).
  if (context.translated && path === name) field.i18n = true;

  if (meta.format === 'date') {
    return { ...field, widget: 'datetime', time_format: false, format: 'YYYY-MM-DD', picker_utc: true };
  }
  const reference = context.references?.[path];
  switch (def.type) {
    case 'string': {
      for (const check of checksOf(inner)) {
        if (check['check'] === 'max_length' && Number(check['maximum']) > 200) field.widget = 'text';
        if (check['check'] === 'string_format' && check['format'] === 'regex' && check['pattern'] instanceof RegExp) {
          field.pattern = [(check['pattern'] as RegExp).source, 'does not have the expected form'];
        }
      }
      return field;
    }
    case 'number': {
      field.widget = 'number';
      field.value_type = 'int';
      for (const check of checksOf(inner)) {
        if (check['check'] === 'greater_than') field.min = Number(check['value']) + (check['inclusive'] ? 0 : 1);
        if (check['check'] === 'less_than') field.max = Number(check['value']) - (check['inclusive'] ? 0 : 1);
      }
      return field;
    }
    case 'boolean':
      return { ...field, widget: 'boolean' };
    case 'enum':
      return { ...field, widget: 'select', options: Object.values(def['entries'] as Record<string, string>) };
    case 'literal':
      return { ...field, widget: 'select', options: (def['values'] as unknown[]).map(String) };
    case 'array': {
      const item = schemaToField(name, def['element'] as z.ZodType, context, path);
      if (reference)
        return { ...field, widget: 'select', multiple: true, options: context.referenceOptions(reference) };
      if (item.widget === 'select') return { ...field, widget: 'select', multiple: true, options: item.options ?? [] };
      if (item.widget === 'object') return { ...field, widget: 'list', fields: item.fields ?? [] };
      const { name: _name, label: _label, i18n: _i18n, ...itemField } = item;
      return { ...field, widget: 'list', field: { name: 'item', label: labelOf(name), ...itemField } };
    }
    case 'object': {
      const shape = def['shape'] as Record<string, z.ZodType>;
      const fields = Object.entries(shape).map(([key, value]) => schemaToField(key, value, context, `${path}.${key}`));
      return { ...field, widget: 'object', fields };
    }
    default:
      throw new Error(`content editor: field "${name}" has a type (${def.type}) the editor cannot show`);
  }
}

/** The fields of an object schema (a collection's frontmatter, or one item of a data file). */
export function schemaToFields(schema: z.ZodType, context: FieldContext): CmsField[] {
  const { inner } = unwrap(schema as AnySchema);
  if (inner._zod.def.type !== 'object') throw new Error('content editor: a collection schema must be an object');
  const shape = inner._zod.def['shape'] as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, value]) => schemaToField(name, value, context));
}
