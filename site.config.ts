/**
 * Publication settings: where the site lives and who answers for it. Read by astro.config.mjs and
 * by everything that prints, copies or embeds the site's address (posters, the wallet card, the
 * embed snippet, the attribution line). Hosts that build from a repository set the environment
 * variables below in their dashboard; nothing here names a person.
 *
 * | variable             | meaning                                                                    |
 * | -------------------- | -------------------------------------------------------------------------- |
 * | `SITE_URL`           | the public address, `https://…` (without it the build is a preview)       |
 * | `BASE_PATH`          | the sub-path the site is served under, e.g. `/campaigns/child-safety/`     |
 * | `PUBLISHER_NAME`     | who publishes this copy (default: the site's name in each language)        |
 * | `PUBLISHER_NAME_KK`… | the publisher's name in one language (`_KK`, `_RU`, `_EN`, `_UZ`)        |
 * | `CORRECTIONS_CONTACT`| where corrections and requests go: an e-mail address or an `https://` page |
 * | `RELEASE=1`          | a release build: stop unless the address and the contact are ready       |
 *
 * `npm run build:release` sets `RELEASE=1`. A build without `RELEASE` whose address is missing
 * or not public is a *preview*: it works locally, and every printed or shared artefact says so.
 */
import { z } from 'astro/zod';
import { LOCALES, type Locale } from './src/i18n/locales.ts';

/** Where a preview build believes it lives: `astro preview`'s address. */
export const PREVIEW_SITE_URL = 'http://localhost:4321';

/** Hosts that only the builder's own machine or network can reach. */
const PRIVATE_HOST =
  /^(localhost|.*\.localhost|.*\.local|0\.0\.0\.0|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|\[::1?\]|\[f[cd][0-9a-f]*:.*\])$/i;

const contactSchema = z.union([z.email(), z.url({ protocol: /^https$/ })], {
  error: 'CORRECTIONS_CONTACT must be an e-mail address or an https:// address',
});

const settingsSchema = z.object({
  siteUrl: z.url({ error: 'SITE_URL must be a full address such as https://example.org' }).optional(),
  basePath: z.string().regex(/^[\w\-./]*$/, 'BASE_PATH may hold only letters, digits, "-", "_", "." and "/"'),
  publisherName: z.object(
    Object.fromEntries(LOCALES.map((lang) => [lang, z.string().trim().min(1).optional()])) as Record<
      Locale,
      z.ZodOptional<z.ZodString>
    >,
  ),
  correctionsContact: contactSchema.optional(),
  release: z.boolean(),
});

/** The validated settings, plus what follows from them. */
export interface SiteConfig {
  /** The address every absolute link uses (the preview address when none is set). */
  site: string;
  /** The sub-path, always with leading and trailing slash: `/` or `/campaigns/child-safety/`. */
  base: string;
  /**
   * The publisher's name in each language where set (`PUBLISHER_NAME_<LANG>`, else
   * `PUBLISHER_NAME`); a language without one uses the site's name.
   */
  publisherName: Partial<Record<Locale, string | undefined>>;
  /** `{ kind: 'email' | 'web', value, href }` when set. */
  correctionsContact: { kind: 'email' | 'web'; value: string; href: string } | undefined;
  /** True when the address is missing or not public: artefacts carry a "preview" band. */
  preview: boolean;
  /** Why this build is not ready to publish (empty when it is), one plain sentence each. */
  missing: string[];
}

/** What keeps `siteUrl` from being a public https address, or undefined when it is one. */
function addressProblem(siteUrl: string | undefined): string | undefined {
  if (!siteUrl) return 'SITE_URL is not set: set it to the public address, e.g. SITE_URL=https://example.org';
  const url = new URL(siteUrl);
  if (PRIVATE_HOST.test(url.hostname))
    return `SITE_URL is ${siteUrl}, an address only this machine or network can reach: set the public https:// address`;
  if (url.protocol !== 'https:')
    return `SITE_URL is ${siteUrl}, which is not https: use https://${url.host}${url.pathname}`;
  return undefined;
}

/**
 * Reads and checks the settings from `env`. Throws, naming the variable, when a value is malformed,
 * and in a release build when anything in `missing` is left.
 */
export function loadSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const parsed = settingsSchema.safeParse({
    siteUrl: env['SITE_URL'] || undefined,
    basePath: env['BASE_PATH'] ?? '/',
    publisherName: Object.fromEntries(
      LOCALES.map((lang) => [lang, env[`PUBLISHER_NAME_${lang.toUpperCase()}`] || env['PUBLISHER_NAME'] || undefined]),
    ),
    correctionsContact: env['CORRECTIONS_CONTACT'] || undefined,
    release: env['RELEASE'] === '1' || env['RELEASE'] === 'true',
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.message}`);
    throw new Error(`site.config.ts: the publication settings are not valid:\n${lines.join('\n')}`);
  }
  const settings = parsed.data;
  const problem = addressProblem(settings.siteUrl);
  const missing = [
    ...(problem ? [problem] : []),
    ...(settings.correctionsContact
      ? []
      : ['CORRECTIONS_CONTACT is not set: an e-mail address or https:// page for corrections and requests']),
  ];
  if (settings.release && missing.length > 0) {
    throw new Error(
      `Release build stopped: the site is not ready to publish.\n${missing.map((line) => `  - ${line}`).join('\n')}\n` +
        'See README.md, "Publishing".',
    );
  }
  const contact = settings.correctionsContact;
  return {
    site: settings.siteUrl ?? PREVIEW_SITE_URL,
    base: `/${settings.basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'),
    publisherName: settings.publisherName,
    correctionsContact: contact
      ? contact.includes('@') && !contact.startsWith('https:')
        ? { kind: 'email', value: contact, href: `mailto:${contact}` }
        : { kind: 'web', value: contact, href: contact }
      : undefined,
    preview: Boolean(problem),
    missing,
  };
}

/** The settings of this build. */
export const siteConfig: SiteConfig = loadSiteConfig();
