/**
 * A content file as data, ready to render: finished HTML, or one of the site's components with its
 * props (plain strings, as `remarkContentSafety` allows) and its children. Built once when a file
 * changes (renderContentSegments.ts), kept in Astro's content store between builds, rendered by
 * `ContentSegments.astro`.
 */
export type ContentSegment =
  | string
  | { component: string; props: Record<string, string>; children: ContentSegment[] };

/**
 * What the loader keeps of an entry's text (its `rendered.metadata`): no body, no HTML page. A
 * type, not an interface: Astro's `rendered.metadata` accepts only types open to more keys.
 */
export type RenderedContent = {
  segments: ContentSegment[];
  /** countReadingMinutes of the body, counted when it was rendered. */
  readingMinutes: number;
};

/** An entry's rendered text; an entry the loader did not render (a bug, never content) stops the build. */
export function renderedContentOf(entry: {
  id: string;
  collection: string;
  rendered?: { metadata?: Record<string, unknown> };
}): RenderedContent {
  const metadata = entry.rendered?.metadata as Partial<RenderedContent> | undefined;
  if (!metadata?.segments || typeof metadata.readingMinutes !== 'number')
    throw new Error(`${entry.collection} → ${entry.id}: no rendered content (src/build/content/localizedMdxLoader.ts)`);
  return { segments: metadata.segments, readingMinutes: metadata.readingMinutes };
}
