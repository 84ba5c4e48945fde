import { describe, expect, it } from 'vitest';
import { localizedPath, withBase } from '../../../src/i18n/paths';

describe('paths (base "/")', () => {
  it('prefixes language and base', () => {
    expect(localizedPath('ru', '/help/')).toBe('/ru/help/');
    expect(localizedPath('kk')).toBe('/kk/');
    expect(withBase('/favicon.svg')).toBe('/favicon.svg');
  });
});
