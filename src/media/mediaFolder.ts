import { join } from 'node:path';

/**
 * Where files uploaded through the content editor are kept: in the repository beside the words
 * (`content/media/`), not in `public/`, so nothing an editor uploads is ever served as it was
 * uploaded. The build re-encodes each image into `MEDIA_PUBLIC_PATH` (src/media/uploadedMedia.ts).
 */
export const MEDIA_FOLDER = 'content/media';
/** The address the re-encoded images are published under. */
export const MEDIA_PUBLIC_PATH = '/media';

/** The media folder of a content folder (the real one, or a test fixture's). */
export function mediaSourceDir(contentRoot: string): string {
  return join(contentRoot, 'media');
}
