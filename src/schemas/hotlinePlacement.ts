import { z } from 'astro/zod';

/** Every surface that shows help lines. Each must say which, in content/hotline-placements.yaml. */
export const HOTLINE_SURFACES = [
  'helpStrip',
  'posters',
  'shareImages',
  'rootPage',
  'safeguardingNote',
  'embedCard',
  'ngoPage',
  'helpPage',
  'offerCheck',
  'parentLetter',
] as const;
export type HotlineSurface = (typeof HOTLINE_SURFACES)[number];

/** One surface's lines: ids from content/hotlines.yaml, in the order shown, and the reason. */
const placementSchema = z
  .object({
    /** Why these lines and no others: for the editors who change it. */
    why: z.string().min(10, 'say why these lines appear here'),
    /** The surface shows numbers with no detail beside them (only free, 24/7 lines may then appear). */
    bare: z.boolean().default(false),
    lines: z
      .array(z.string())
      .min(1, 'must name at least one line')
      .refine((ids) => new Set(ids).size === ids.length, 'names a line twice'),
  })
  .strict();

/** `content/hotline-placements.yaml`: every surface, none missing, none unknown. */
export const hotlinePlacementsSchema = z
  .object(
    Object.fromEntries(HOTLINE_SURFACES.map((surface) => [surface, placementSchema])) as Record<
      HotlineSurface,
      typeof placementSchema
    >,
  )
  .strict();

export type HotlinePlacements = z.infer<typeof hotlinePlacementsSchema>;
