import type { z } from 'astro/zod';

/** The problems zod finds, as `path: message` lines (empty when the input is valid). */
export function issuesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
