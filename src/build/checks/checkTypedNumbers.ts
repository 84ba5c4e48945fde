import type { z } from 'astro/zod';
import { findTypedHelpLineNumber } from '../../utils/findTypedHelpLineNumber.ts';
import { allHotlines } from '../../data/hotlines.ts';

/**
 * A refinement for a collection schema: no frontmatter text (title, description, questions…)
 * types a help-line number where it reads as a phone number (`findTypedHelpLineNumber`), the rule
 * the MDX body follows too (`remarkCheckContentReferences`). `sources` are left alone: a source's
 * title quotes another publication ("Единый номер экстренных служб 112"), and its address is not text.
 */
export function checkTypedNumbers(displays: readonly string[] = allHotlines.map((line) => line.display)) {
  return (data: unknown, context: z.core.$RefinementCtx) => {
    const walk = (value: unknown, path: (string | number)[]) => {
      if (typeof value === 'string') {
        const found = findTypedHelpLineNumber(value, displays);
        if (found)
          context.addIssue({
            code: 'custom',
            path,
            message: `hotline number "${found.typed}" typed by hand: numbers come only from content/hotlines.yaml (<Hotline id="…" /> in the text)`,
          });
      } else if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
      else if (value !== null && typeof value === 'object' && !(value instanceof Date))
        for (const [key, item] of Object.entries(value)) if (key !== 'sources') walk(item, [...path, key]);
    };
    walk(data, []);
  };
}
