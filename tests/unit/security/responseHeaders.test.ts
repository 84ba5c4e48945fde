import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  DOCUMENT_CONTENT_SECURITY_POLICY,
  PDF_CONTENT_SECURITY_POLICY,
} from '~/security/contentSecurityPolicy';
import { formatHeadersFile } from '~/security/formatHeadersFile';
import { formatNginxConfig } from '~/security/formatNginxConfig';
import { headerRules, headersForPath, matchesPattern } from '~/security/responseHeaders';

const PAGE = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

describe('matchesPattern', () => {
  it.each([
    ['/*', '/anything/at/all', true],
    ['/kk/*', '/kk/', true],
    ['/kk/*', '/kkk/', false],
    ['/*.svg', '/campaign/partners/x/logo.svg', true],
    ['/*.svg', '/logo.svg.html', false],
    ['/exact', '/exact', true],
    ['/exact', '/exact/', false],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });
});

describe('headerRules', () => {
  const rules = headerRules('/');

  it.each([
    ['/', PAGE],
    ['/kk/help/', PAGE],
    ['/kk/index.html', PAGE],
    ['/a/404/anywhere', PAGE],
    ['/embed/help/kk/', `${CONTENT_SECURITY_POLICY}; frame-ancestors *`],
    ['/campaign/poster-kk.svg', DOCUMENT_CONTENT_SECURITY_POLICY],
    ['/campaign/poster-kk.pdf', PDF_CONTENT_SECURITY_POLICY],
    ['/qr/111.svg', DOCUMENT_CONTENT_SECURITY_POLICY],
    ['/kk/search/dialog.json', DOCUMENT_CONTENT_SECURITY_POLICY],
    ['/kk/rss.xml', DOCUMENT_CONTENT_SECURITY_POLICY],
    ['/uploads/anything.svg', DOCUMENT_CONTENT_SECURITY_POLICY],
  ])('%s gets its policy', (path, policy) => {
    expect(headersForPath(rules, path)['Content-Security-Policy']).toBe(policy);
  });

  it('sandboxes documents but not PDFs (Chromium will not show a sandboxed PDF)', () => {
    expect(DOCUMENT_CONTENT_SECURITY_POLICY).toMatch(/; sandbox;/);
    expect(PDF_CONTENT_SECURITY_POLICY).not.toContain('sandbox');
  });

  it('gives every response HSTS, COOP and the common headers', () => {
    for (const path of ['/', '/embed/help/kk/', '/campaign/x.pdf', '/_astro/site.js']) {
      const headers = headersForPath(rules, path);
      expect(headers['Strict-Transport-Security'], path).toBe('max-age=31536000');
      expect(headers['Cross-Origin-Opener-Policy'], path).toBe('same-origin');
      expect(headers['X-Content-Type-Options'], path).toBe('nosniff');
    }
  });

  it('has an editor rule only when the build has the editor', () => {
    expect(headersForPath(rules, '/admin/')['Content-Security-Policy']).toBe(PAGE);
    const withEditor = headerRules('/', { editorPolicy: "default-src 'self'" });
    expect(headersForPath(withEditor, '/admin/')['Content-Security-Policy']).toBe(
      "default-src 'self'; frame-ancestors 'none'",
    );
    expect(headersForPath(withEditor, '/admin/')['Cross-Origin-Opener-Policy']).toBe('same-origin-allow-popups');
  });

  it('prefixes every rule with the base path', () => {
    for (const rule of headerRules('/campaigns/child-safety/'))
      expect(rule.pattern).toMatch(/^\/campaigns\/child-safety\//);
  });
});

describe('formatHeadersFile', () => {
  const rules = headerRules('/');

  it('detaches a header before a narrower rule replaces it (Cloudflare Pages)', () => {
    const text = formatHeadersFile(rules);
    expect(text).toContain('/embed/*\n  ! Content-Security-Policy\n  Content-Security-Policy: ');
    expect(text.match(/^\//gm)).toHaveLength(rules.length);
  });

  it('leaves the detach lines out for Netlify, which lets the later rule win', () => {
    expect(formatHeadersFile(rules, { netlify: true })).not.toMatch(/^ {2}!/m);
  });
});

describe('formatNginxConfig', () => {
  const config = formatNginxConfig(headerRules('/'), { root: '/srv/site', base: '/' });

  it('sets each header once, with always, from a map (no add_header inside a location)', () => {
    expect(config.match(/add_header Content-Security-Policy \$site_content_security_policy always;/g)).toHaveLength(1);
    expect(config).not.toMatch(/location[^}]*add_header/);
  });

  it('lists the narrower rules first, since nginx takes the first matching regex', () => {
    const pdf = config.indexOf('~^/.*\\.pdf$');
    const campaign = config.indexOf('~^/campaign/.*$');
    expect(pdf).toBeGreaterThan(0);
    expect(pdf).toBeLessThan(campaign);
  });

  it('serves the folder with the 404 page and no absolute redirects', () => {
    expect(config).toContain('root /srv/site;');
    expect(config).toContain('error_page 404 /404.html;');
    expect(config).toContain('absolute_redirect off;');
  });
});
