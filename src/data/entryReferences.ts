/**
 * Which fields of a collection name entries of another collection (dotted paths to lists of
 * slugs; `glossary` names the terms of content/glossary.yaml). The build checks them against the files (checkEntryReferences, content.config.ts) and
 * the content editor offers the existing slugs as a list (src/cms/cmsConfig.ts).
 */
export const ENTRY_REFERENCES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  stories: { related: 'explainers' },
  explainers: { relatedStories: 'stories' },
  lessons: { 'uses.stories': 'stories', 'uses.explainers': 'explainers', keywords: 'glossary' },
};
