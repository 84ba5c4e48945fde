import type { z } from 'astro/zod';
import { listReferenceIds } from '../../data/contentModel.ts';

/**
 * A refinement for a collection schema: every slug at `fields` (dotted paths to lists of slugs,
 * for example `{ 'uses.stories': 'stories' }`) must name an entry of that collection on disk, so
 * a typo fails the build with the unknown slug and the slugs that exist. Schemas only check the
 * slug's form; this check reads files, so it lives here and `content.config.ts` attaches it.
 */
export function checkEntryReferences(fields: Record<string, string>) {
  return (data: unknown, context: z.core.$RefinementCtx) => {
    for (const [field, collection] of Object.entries(fields)) {
      const path = field.split('.');
      const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);
      if (!Array.isArray(value)) continue;
      const known = listReferenceIds(collection);
      value.forEach((slug: unknown, index) => {
        if (typeof slug === 'string' && known.has(slug)) return;
        context.addIssue({
          code: 'custom',
          path: [...path, index],
          message: `"${String(slug)}" is not an entry of ${collection} (known: ${[...known].join(', ') || 'none yet'})`,
        });
      });
    }
  };
}
