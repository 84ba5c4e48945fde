import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/i18n/locales';
import { alternatePaths, localizedPath, splitLocalePath, withBase } from '../../../src/i18n/paths';

describe('paths (base "/")', () => {
  it('prefixes language and base', () => {
    expect(localizedPath('ru', '/help/')).toBe('/ru/help/');
    expect(localizedPath('kk')).toBe('/kk/');
    expect(withBase('/favicon.svg')).toBe('/favicon.svg');
  });

  it('round-trips a localized path', () => {
    for (const path of ['/', '/stories/', '/risk-factors/warning-signs/']) {
      expect(splitLocalePath(localizedPath('en', path))).toEqual({ lang: 'en', path });
    }
  });

  it('treats a path without language as Kazakh', () => {
    expect(splitLocalePath('/404.html')).toEqual({ lang: 'kk', path: '/404.html' });
  });

  it('lists the same page in every language', () => {
    expect(alternatePaths('/about/').map((item) => item.href)).toEqual(LOCALES.map((lang) => `/${lang}/about/`));
  });
});
