import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales';
import { localizeEditorBundle } from '../../../src/cms/writeEditor';
import { buildCmsConfig } from '../../../src/cms/cmsConfig';
import { COLLECTIONS, EDITABLE_DATA_FILES } from '../../../src/data/contentModel';
import type { CmsField } from '../../../src/cms/schemaToFields';

const config = buildCmsConfig({ name: 'github', repo: 'example/site', branch: 'main' });

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

/** Every field path of a schema (nested objects and lists of objects included), from zod's JSON Schema. */
function schemaPaths(schema: z.ZodType): string[] {
  const walk = (json: JsonSchema, prefix: string): string[] => {
    const object = json.items ?? json;
    return Object.entries(object.properties ?? {}).flatMap(([key, value]) => [
      `${prefix}${key}`,
      ...walk(value, `${prefix}${key}.`),
    ]);
  };
  return walk(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '');
}

/** Every field path of the editor's configuration. */
function fieldPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => [
    `${prefix}${field.name}`,
    ...fieldPaths(field.fields ?? [], `${prefix}${field.name}.`),
  ]);
}

describe('the content editor configuration, generated from the schemas', () => {
  it.each(COLLECTIONS.map((collection) => [collection.folder, collection] as const))(
    '%s: every schema field has an editor field and every editor field a schema field',
    (name, { schema }) => {
      const collection = config.collections.find((entry) => 'folder' in entry && entry.name === name);
      const fields = (collection as { fields: CmsField[] }).fields.filter((field) => field.name !== 'body');
      expect(fieldPaths(fields).sort()).toEqual(schemaPaths(schema).sort());
    },
  );

  it.each(EDITABLE_DATA_FILES.map((file) => [file.name, file] as const))(
    '%s: the list at the root of the file has a field for every schema field',
    (name, { schema }) => {
      const files = (
        config.collections.find((entry) => 'files' in entry) as { files: { name: string; fields: CmsField[] }[] }
      ).files;
      const root = files.find((file) => file.name === name)?.fields[0];
      expect(root?.root).toBe(true);
      expect(fieldPaths(root?.fields ?? []).sort()).toEqual(schemaPaths(schema).sort());
    },
  );

  it('offers every collection in content/ for editing, in every language', () => {
    const folders = readdirSync('content', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && LOCALES.some((lang) => existsSync(join('content', entry.name, lang))))
      .map((entry) => entry.name)
      .filter((name) => name !== 'terms');
    expect(COLLECTIONS.map(({ folder }) => folder).sort()).toEqual(folders.sort());
    expect(config.i18n.locales).toEqual([...LOCALES]);
  });

  it('turns references, enums and dates into lists and date pickers', () => {
    const stories = config.collections.find((entry) => entry.name === 'stories') as { fields: CmsField[] };
    const related = stories.fields.find((field) => field.name === 'related');
    expect(related).toMatchObject({ widget: 'select', multiple: true });
    expect(related?.options).toContain('risk-factors');
    expect(stories.fields.find((field) => field.name === 'reviewed')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
    });
    const hotlines = (config.collections.find((entry) => 'files' in entry) as { files: { fields: CmsField[] }[] })
      .files[0];
    const tier = hotlines?.fields[0]?.fields?.find((field) => field.name === 'tier');
    expect(tier).toMatchObject({ widget: 'select', options: ['emergency', 'support', 'other-emergency'] });
  });
});

describe("the editor's bundle as the editor build serves it", () => {
  it('asks no other origin for fonts, its version or a status page', async () => {
    const bundle = await localizeEditorBundle();
    for (const remote of [
      'https://cdn.jsdelivr.net',
      'https://unpkg.com/@sveltia/cms',
      'https://www.githubstatus.com/api',
      'https://status-api.hostedstatus.com',
    ])
      expect(bundle.includes(remote), remote).toBe(false);
  });
});

describe('where the editor saves and what it may upload', () => {
  it('opens a pull request for every save instead of writing to the published branch', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('keeps uploads out of public/, which the site copies unchecked', () => {
    expect(config.media_folder).toBe('content/media');
    expect(config.media_folder.startsWith('public')).toBe(false);
  });

  it('signs in to GitLab with PKCE when an application id is given, and to GitHub through an authentication service', () => {
    expect(buildCmsConfig({ name: 'gitlab', repo: 'g/p', branch: 'main', appId: 'abc' }).backend).toMatchObject({
      auth_type: 'pkce',
      app_id: 'abc',
    });
    expect(
      buildCmsConfig({ name: 'github', repo: 'o/r', branch: 'main', authBaseUrl: 'https://auth.example.org' }).backend,
    ).toMatchObject({ base_url: 'https://auth.example.org' });
    expect(config.backend).toEqual({ name: 'github', repo: 'example/site', branch: 'main' });
  });
});
