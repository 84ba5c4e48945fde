/**
 * The release build the tests share (see playwright.config.ts): the site as an NGO would publish
 * it, on its own https domain under a sub-path, with a corrections contact, built with RELEASE=1.
 */
export const SUBPATH_SITE = 'https://example.org';
export const SUBPATH_BASE = '/campaigns/child-safety/';
export const SUBPATH_DIR = 'dist-fixtures/subpath';
export const SUBPATH_CONTACT = 'corrections@example.org';
/** The publisher's Kazakh name in that build; the other languages keep the site's name. */
export const SUBPATH_PUBLISHER_KK = '«Мысал» қоғамдық қоры';
