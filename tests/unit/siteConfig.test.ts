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

describe('loadSiteConfig refuses what a setting cannot mean, naming the variable', () => {
  it.each([
    ['a user name and password', 'https://user:secret@example.org', /SITE_URL holds a user name or password/],
    ['a path', 'https://user.github.io/repo', /SITE_URL has a path \(\/repo\).*BASE_PATH=\/repo/],
    ['a query', 'https://example.org/?utm=1', /SITE_URL has a query/],
    ['a fragment', 'https://example.org/#top', /SITE_URL has a fragment/],
    ['another scheme', 'javascript:alert(1)//', /SITE_URL must be a full http\(s\) address/],
    ['markup', 'https://example.org/"><script>', /SITE_URL has a path/],
    ['too many characters', `https://${'a'.repeat(100)}.org`, /SITE_URL is longer than 100 characters/],
  ])('SITE_URL with %s', (_case, address, says) => {
    expect(() => loadSiteConfig({ ...READY, SITE_URL: address })).toThrow(says);
  });

  it.each([
    ['a port', 'https://example.org:8443', /SITE_URL .*with a port \(:8443\)/],
    ['a link-local IPv6 host', 'https://[fe80::1]', /only this machine or network can reach/],
    ['a carrier-grade NAT host', 'https://100.64.1.1', /only this machine or network can reach/],
    ['a single-label host', 'https://intranet', /only this machine or network can reach/],
    ['an IPv4-mapped IPv6 host', 'https://[::ffff:127.0.0.1]', /only this machine or network can reach/],
  ])('a release with SITE_URL with %s', (_case, address, says) => {
    expect(() => loadSiteConfig({ ...READY, SITE_URL: address, RELEASE: '1' })).toThrow(says);
    // A preview of the same address builds, marked as a preview.
    expect(loadSiteConfig({ ...READY, SITE_URL: address }).preview).toBe(true);
  });

  it.each([
    ['campaigns/child-safety', '/campaigns/child-safety/'],
    ['/campaigns/child-safety', '/campaigns/child-safety/'],
    ['/campaigns/', '/campaigns/'],
    ['/', '/'],
    ['', '/'],
  ])('normalises BASE_PATH %j to %j', (value, base) => {
    expect(loadSiteConfig({ ...READY, BASE_PATH: value }).base).toBe(base);
  });

  it.each(['../../etc', '/a/./b/', '/a//b/', '"><x', '/a b/', '/ä/'])('refuses BASE_PATH %j', (value) => {
    expect(() => loadSiteConfig({ ...READY, BASE_PATH: value })).toThrow(/BASE_PATH must be path segments/);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['TRUE', true],
    ['0', false],
    ['false', false],
    ['', false],
  ])('reads RELEASE=%j as %s', (value, release) => {
    if (release) expect(() => loadSiteConfig({ RELEASE: value })).toThrow(/Release build stopped/);
    else expect(loadSiteConfig({ RELEASE: value }).preview).toBe(true);
  });

  it.each(['yes', 'on', '2', 'release'])('refuses RELEASE=%j instead of quietly building a preview', (value) => {
    expect(() => loadSiteConfig({ ...READY, RELEASE: value })).toThrow(
      /RELEASE must be 1 or true \(a release\), 0 or false/,
    );
  });

  it.each([
    ['corrections@example.org', { kind: 'email', href: 'mailto:corrections@example.org' }],
    ['mailto:corrections@example.org', { kind: 'email', href: 'mailto:corrections@example.org' }],
    ['https://example.org/contact', { kind: 'web', href: 'https://example.org/contact' }],
    ['HTTPS://example.org/contact', { kind: 'web', href: 'https://example.org/contact' }],
  ])('accepts CORRECTIONS_CONTACT %j', (value, expected) => {
    expect(loadSiteConfig({ ...READY, CORRECTIONS_CONTACT: value }).correctionsContact).toMatchObject(expected);
  });

  it.each([
    'call Aigerim',
    'http://example.org/contact',
    'javascript:alert(1)',
    'HTTPS://user@evil.example/',
    'https://x/"onclick="alert(1)',
    `https://example.org/${'a'.repeat(200)}`,
    'ftp://example.org/',
  ])('refuses CORRECTIONS_CONTACT %j', (value) => {
    expect(() => loadSiteConfig({ ...READY, CORRECTIONS_CONTACT: value })).toThrow(/CORRECTIONS_CONTACT/);
  });

  it.each(['Fund\u202Eevil', 'Fund\nTEL:1', 'Fund\u0000'])(
    'refuses a publisher name with control characters (%j)',
    (value) => {
      expect(() => loadSiteConfig({ ...READY, PUBLISHER_NAME_KK: value })).toThrow(/PUBLISHER_NAME_KK/);
    },
  );
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
