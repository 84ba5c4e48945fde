import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTENT_ROOT } from '~/contentRoot';

/** Parses a YAML data file of the content folder (`hotlines.yaml`, `glossary.yaml`); `[]` when absent. */
export function readDataFile(name: string): unknown[] {
  const path = join(CONTENT_ROOT, name);
  if (!existsSync(path)) return [];
  const data: unknown = parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`content/${name}: the file must be a YAML list of entries`);
  return data;
}
