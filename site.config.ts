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

/**
 * Hosts that only the builder's own machine or network can reach: loopback, private, link-local
 * and carrier-grade NAT ranges (IPv4, and IPv6 including IPv4-mapped), `.local`, and single-label
 * names such as `intranet`.
 */
const PRIVATE_HOST =
  /^(localhost|.*\.localhost|.*\.local|[^.[\]]+|0\.0\.0\.0|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.\d+\.\d+|\[::1?\]|\[::ffff:.*\]|\[f[cd][0-9a-f]*:.*\]|\[fe[89ab][0-9a-f]*:.*\])$/i;

/** Letters that can reorder or hide printed text (C0/C1 controls and Unicode bidi controls). */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The longest address printed into a QR code on a poster; longer ones make dense, hard-to-scan codes. */
const MAX_SITE_URL_LENGTH = 100;
const MAX_CONTACT_LENGTH = 200;

/** What `RELEASE` may be, and what each value means. */
const RELEASE_VALUES: Record<string, boolean> = { '': false, '0': false, false: false, '1': true, true: true };

const siteUrlSchema = z
  .string()
  .max(MAX_SITE_URL_LENGTH, `SITE_URL is longer than ${MAX_SITE_URL_LENGTH} characters: it is printed in QR codes`)
  .pipe(z.url({ protocol: /^https?$/, error: 'SITE_URL must be a full http(s) address such as https://example.org' }))
  .superRefine((value, context) => {
    const url = new URL(value);
    const problem = (message: string) => context.addIssue({ code: 'custom', message: `SITE_URL ${message}` });
    if (url.username || url.password) problem('holds a user name or password, which would be printed on every poster');
    if (url.search || value.includes('?')) problem('has a query (?…): give the address alone');
    if (url.hash || value.includes('#')) problem('has a fragment (#…): give the address alone');
    if (url.pathname !== '/')
      problem(`has a path (${url.pathname}): give the host alone and put the path in BASE_PATH=${url.pathname}`);
  });

/** `BASE_PATH`: path segments of letters, digits, `-` and `_`, with or without the slashes. */
const basePathSchema = z
  .string()
  .regex(
    /^\/?([A-Za-z0-9_-]+\/)*[A-Za-z0-9_-]*$/,
    'BASE_PATH must be path segments of letters, digits, "-" and "_" separated by "/", e.g. /campaigns/child-safety/ (no "..", "." or "//")',
  )
  .transform((value) => `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'));

/** `CORRECTIONS_CONTACT`: an e-mail address (with or without `mailto:`) or an https address. */
const contactSchema = z
  .string()
  .max(MAX_CONTACT_LENGTH, `CORRECTIONS_CONTACT is longer than ${MAX_CONTACT_LENGTH} characters`)
  .refine((value) => !/[\s<>"'`]/.test(value) && !CONTROL_CHARACTERS.test(value), {
    error: 'CORRECTIONS_CONTACT may not hold spaces, quotes, < or >',
  })
  .transform((value, context) => {
    const email = value.replace(/^mailto:/i, '');
    if (!/^[a-z][a-z0-9+.-]*:/i.test(value) || /^mailto:/i.test(value)) {
      if (z.email().safeParse(email).success) return { kind: 'email' as const, value: email, href: `mailto:${email}` };
    } else if (URL.canParse(value)) {
      const url = new URL(value);
      if (url.protocol === 'https:' && !url.username && !url.password)
        return { kind: 'web' as const, value: url.href, href: url.href };
    }
    context.addIssue({
      code: 'custom',
      message: 'CORRECTIONS_CONTACT must be an e-mail address (or mailto:) or an https:// address',
    });
    return z.NEVER;
  });

const publisherNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .refine((value) => !CONTROL_CHARACTERS.test(value), {
    error: 'PUBLISHER_NAME may not hold control or text-direction characters',
  })
  .optional();

const settingsSchema = z.object({
  siteUrl: siteUrlSchema.optional(),
  basePath: basePathSchema,
  publisherName: z.object(
    Object.fromEntries(LOCALES.map((lang) => [lang, publisherNameSchema])) as Record<
      Locale,
      typeof publisherNameSchema
    >,
  ),
  correctionsContact: contactSchema.optional(),
  release: z
    .string()
    .refine((value) => value in RELEASE_VALUES, {
      error: 'RELEASE must be 1 or true (a release), 0 or false (a preview), or unset',
    })
    .transform((value) => RELEASE_VALUES[value] ?? false),
});

/** The environment variable behind each setting, named in every error. */
const VARIABLE_OF = {
  siteUrl: 'SITE_URL',
  basePath: 'BASE_PATH',
  correctionsContact: 'CORRECTIONS_CONTACT',
  release: 'RELEASE',
} as const;

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
  if (url.port) return `SITE_URL is ${siteUrl}, with a port (:${url.port}): publish on the standard https port`;
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
    release: (env['RELEASE'] ?? '').trim().toLowerCase(),
  });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const [field, lang] = issue.path;
      const name =
        field === 'publisherName'
          ? `PUBLISHER_NAME_${String(lang).toUpperCase()} (or PUBLISHER_NAME)`
          : VARIABLE_OF[field as keyof typeof VARIABLE_OF];
      return `  - ${issue.message.startsWith(name.split(' ')[0] ?? name) ? issue.message : `${name}: ${issue.message}`}`;
    });
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
  return {
    site: settings.siteUrl ?? PREVIEW_SITE_URL,
    base: settings.basePath,
    publisherName: settings.publisherName,
    correctionsContact: settings.correctionsContact,
    preview: Boolean(problem),
    missing,
  };
}

/** The settings of this build. */
export const siteConfig: SiteConfig = loadSiteConfig();
