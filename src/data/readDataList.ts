import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { CONTENT_ROOT } from './contentRoot.ts';

/**
 * Parses the YAML text of a data file (a list of entries with unique `id`s) and validates every
 * entry with `schema`, keeping the file's order. Bad input throws one error naming the file, the
 * entry and each field with its problem.
 */
export function parseDataList<Schema extends z.ZodType<{ id: string }>>(
  text: string,
  file: string,
  schema: Schema,
): z.output<Schema>[] {
  const data: unknown = parse(text);
  if (!Array.isArray(data)) throw new Error(`${file}: the file must be a YAML list of entries`);
  const seen = new Set<string>();
  return data.map((raw: unknown, index) => {
    const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String(raw.id) : undefined;
    const where = `${file}: entry ${index + 1}${rawId === undefined ? '' : ` (id "${rawId}")`}`;
    const result = schema.safeParse(raw);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`);
      throw new Error(`${where}: ${problems.join('; ')}`);
    }
    if (seen.has(result.data.id)) throw new Error(`${where}: id: "${result.data.id}" is used twice`);
    seen.add(result.data.id);
    return result.data;
  });
}

/** Reads `<content>/<name>` and validates it with `parseDataList`; `[]` when the file does not exist. */
export function readDataList<Schema extends z.ZodType<{ id: string }>>(
  name: string,
  schema: Schema,
): z.output<Schema>[] {
  const path = join(CONTENT_ROOT, name);
  if (!existsSync(path)) return [];
  return parseDataList(readFileSync(path, 'utf8'), relative(process.cwd(), path) || path, schema);
}
