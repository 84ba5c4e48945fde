/** The publication settings (top-level site.config.ts), importable inside src/ through the `~/` alias. */
export { PREVIEW_SITE_URL, siteConfig, type SiteConfig } from '../site.config';
