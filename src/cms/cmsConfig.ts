import { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES } from '~/i18n/locales';
import { COLLECTIONS, EDITABLE_DATA_FILES, listReferenceIds } from '~/data/contentModel';
import { MEDIA_FOLDER, MEDIA_PUBLIC_PATH } from '~/media/mediaFolder';
import { type CmsField, type FieldContext, schemaToField, schemaToFields } from '~/cms/schemaToFields';

/** Where the editor saves: a git host's repository, set by whoever deploys the site. */
export interface CmsBackend {
  name: 'github' | 'gitlab';
  repo: string;
  branch: string;
  /** GitLab: the OAuth application's id, for "Sign In with GitLab" without a server (PKCE). */
  appId?: string;
  /** GitHub: the address of the authentication service for "Sign In with GitHub" (OAuth). */
  authBaseUrl?: string;
}

/** How the editor signs in to the git host: PKCE for GitLab, an authentication service for GitHub. */
function signIn(backend: CmsBackend) {
  if (backend.name === 'gitlab' && backend.appId) return { auth_type: 'pkce', app_id: backend.appId };
  if (backend.name === 'github' && backend.authBaseUrl) return { base_url: backend.authBaseUrl };
  return {};
}

const referenceOptions = (collection: string) => [...listReferenceIds(collection)].sort();
const translated: FieldContext = { referenceOptions, translated: true };
const data: FieldContext = { referenceOptions };

/**
 * The MDX body is edited as raw text: a rich-text editor would rewrite `<Hotline id>`, `<Term>`,
 * pull quotes and timelines, and a plain text area keeps every byte of them.
 */
const BODY_FIELD: CmsField = {
  name: 'body',
  label: 'Body (MDX)',
  widget: 'text',
  i18n: true,
  hint: 'MDX: Markdown with the site components, such as `<Hotline id="111" />` and `<Term id="consent">…</Term>` (docs/authoring.md).',
};

/**
 * The content editor's whole configuration, generated from the zod schemas at build, so that a
 * field added to a schema appears in the editor and a field the build rejects cannot be typed.
 */
export function buildCmsConfig(backend: CmsBackend) {
  return {
    backend: { name: backend.name, repo: backend.repo, branch: backend.branch, ...signIn(backend) },
    // A save opens a pull (merge) request: nothing reaches the published branch unreviewed.
    publish_mode: 'editorial_workflow',
    // Uploads go to a folder the site does not publish as it is: the build re-encodes its images
    // and refuses anything else (src/media/uploadedMedia.ts).
    media_folder: MEDIA_FOLDER,
    public_folder: MEDIA_PUBLIC_PATH,
    i18n: {
      structure: 'multiple_folders',
      locales: [...LOCALES],
      default_locale: DEFAULT_LOCALE,
      // A new entry may be saved in one language; the site shows the others' fallback until translated.
      initial_locales: 'default',
    },
    // The same YAML the repository's files are written in (see tools/format-content.ts).
    output: { omit_empty_optional_fields: true, yaml: { quote: 'double' } },
    collections: [
      ...COLLECTIONS.map(({ folder, label, schema, references }) => ({
        // The editor names a collection by its folder: that is what its URLs and saved paths show.
        name: folder,
        label,
        folder: `content/${folder}`,
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        slug: { editable: true },
        identifier_field: 'title',
        summary: '{{title}}',
        i18n: true,
        fields: [...schemaToFields(schema, { ...translated, references }), BODY_FIELD],
      })),
      {
        name: 'data',
        label: 'Help lines and glossary',
        files: EDITABLE_DATA_FILES.map(({ name, label, file, schema }) => ({
          name,
          label,
          file: `content/${file}`,
          format: 'yaml',
          fields: [{ ...schemaToField(name, z.array(schema), data), label, root: true }],
        })),
      },
    ],
  };
}
