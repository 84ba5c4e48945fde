/**
 * A content file as data, ready to render: finished HTML, or one of the site's components with its
 * props (plain strings, as `remarkContentSafety` allows) and its children. Built once when a file
 * changes (renderContentSegments.ts), kept in Astro's content store between builds, rendered by
 * `ContentSegments.astro`.
 */
export type ContentSegment =
  | string
  | { component: string; props: Record<string, string>; children: ContentSegment[] };
