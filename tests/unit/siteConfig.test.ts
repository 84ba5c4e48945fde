import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig, PREVIEW_SITE_URL } from '../../site.config';

const READY = { SITE_URL: 'https://example.org', CORRECTIONS_CONTACT: 'corrections@example.org' };

describe('loadSiteConfig', () => {
  it('is a preview without an address, at the preview address, naming what to set', () => {
    const config = loadSiteConfig({});
    expect(config.site).toBe(PREVIEW_SITE_URL);
    expect(config.preview).toBe(true);
    expect(config.missing.join('\n')).toMatch(/SITE_URL is not set[\s\S]*CORRECTIONS_CONTACT is not set/);
  });

  it.each([
    'http://localhost:4321',
    'https://127.0.0.1',
    'https://192.168.1.20',
    'https://10.0.0.5',
    'http://example.org',
  ])('treats %s as a preview address', (address) => {
    const config = loadSiteConfig({ ...READY, SITE_URL: address });
    expect(config.preview).toBe(true);
    expect(config.missing).toHaveLength(1);
  });

  it('is ready with a public https address and a contact, and tidies the sub-path', () => {
    const config = loadSiteConfig({ ...READY, BASE_PATH: 'campaigns/child-safety' });
    expect(config).toMatchObject({ site: 'https://example.org', base: '/campaigns/child-safety/', preview: false });
    expect(config.missing).toEqual([]);
    expect(config.correctionsContact).toEqual({
      kind: 'email',
      value: 'corrections@example.org',
      href: 'mailto:corrections@example.org',
    });
    expect(
      loadSiteConfig({ ...READY, CORRECTIONS_CONTACT: 'https://example.org/contact' }).correctionsContact?.kind,
    ).toBe('web');
  });

  it("takes the publisher's name per language, falling back to the name for every language", () => {
    expect(loadSiteConfig(READY).publisherName).toEqual({});
    const config = loadSiteConfig({
      ...READY,
      PUBLISHER_NAME: 'Example Fund',
      PUBLISHER_NAME_KK: '«Мысал» қоры',
      PUBLISHER_NAME_RU: 'Фонд «Пример»',
    });
    expect(config.publisherName).toEqual({
      kk: '«Мысал» қоры',
      ru: 'Фонд «Пример»',
      en: 'Example Fund',
      uz: 'Example Fund',
    });
  });

  it('rejects a contact that is neither an e-mail nor an https address, naming the variable', () => {
    expect(() => loadSiteConfig({ ...READY, CORRECTIONS_CONTACT: 'call Aigerim' })).toThrow(/CORRECTIONS_CONTACT/);
    expect(() => loadSiteConfig({ ...READY, CORRECTIONS_CONTACT: 'http://example.org/contact' })).toThrow(
      /CORRECTIONS_CONTACT/,
    );
  });
});

describe('npm run build:release', () => {
  const run = promisify(execFile);
  const cases = [
    {
      name: 'without an address',
      env: { CORRECTIONS_CONTACT: READY.CORRECTIONS_CONTACT },
      says: /SITE_URL is not set/,
    },
    {
      name: 'with http://localhost:4321',
      env: { ...READY, SITE_URL: 'http://localhost:4321' },
      says: /SITE_URL is http:\/\/localhost:4321, an address only this machine/,
    },
    {
      name: 'with http://example.org',
      env: { ...READY, SITE_URL: 'http://example.org' },
      says: /SITE_URL is http:\/\/example.org, which is not https/,
    },
    {
      name: 'without a corrections contact',
      env: { SITE_URL: READY.SITE_URL },
      says: /CORRECTIONS_CONTACT is not set/,
    },
  ];

  it.concurrent.each(cases)('fails $name, naming what is missing', async ({ env, says }) => {
    const outDir = mkdtempSync(join(tmpdir(), 'release-'));
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(
        ([key]) => !['SITE_URL', 'CORRECTIONS_CONTACT', 'BASE_PATH', 'RELEASE'].includes(key),
      ),
    );
    try {
      const result = await run('npm', ['run', 'build:release'], { env: { ...clean, ...env, OUT_DIR: outDir } }).then(
        () => ({ failed: false, output: '' }),
        (error: { stdout: string; stderr: string }) => ({ failed: true, output: error.stdout + error.stderr }),
      );
      expect(result.failed).toBe(true);
      expect(result.output).toMatch(/Release build stopped/);
      expect(result.output).toMatch(says);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
