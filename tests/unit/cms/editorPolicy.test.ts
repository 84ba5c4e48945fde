import { describe, expect, it } from 'vitest';
import { editorContentSecurityPolicy, editorHeaders, editorHeadersFile } from '~/cms/editorPolicy';
import { cmsBackendFromEnv } from '~/cms/writeEditor';

describe("the editor's own policy", () => {
  it('lets an editor set up for GitHub reach GitHub only, and one for GitLab reach GitLab only', () => {
    const github = editorContentSecurityPolicy({ name: 'github' });
    const gitlab = editorContentSecurityPolicy({ name: 'gitlab' });
    expect(github).toContain("connect-src 'self' blob: data: https://api.github.com;");
    expect(github).not.toContain('gitlab');
    expect(gitlab).toContain("connect-src 'self' blob: data: https://gitlab.com;");
    expect(gitlab).not.toContain('github');
  });

  it('allows no inline or evaluated script and no plug-ins', () => {
    const policy = editorContentSecurityPolicy({ name: 'github' });
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
  });

  it('is served with no framing, an isolated opener and HTTPS only, for every file of the editor build', () => {
    const headers = editorHeaders({ name: 'gitlab' });
    expect(headers['Content-Security-Policy']).toBe(
      `${editorContentSecurityPolicy({ name: 'gitlab' })}; frame-ancestors 'none'`,
    );
    expect(headers).toMatchObject({
      'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    });
    const file = editorHeadersFile({ name: 'gitlab' }).split('\n');
    expect(file[0]).toBe('/*');
    expect(file.filter((line) => line.includes('Content-Security-Policy'))).toHaveLength(1);
  });
});

describe('cmsBackendFromEnv', () => {
  it('reads the git host, repository, branch and sign-in settings', () => {
    expect(
      cmsBackendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'ngo/site', CMS_BRANCH: 'content', CMS_APP_ID: 'x1' }),
    ).toEqual({ name: 'gitlab', repo: 'ngo/site', branch: 'content', appId: 'x1' });
  });

  it.each([
    [{ CMS_BACKEND: 'bitbucket' }, /CMS_BACKEND must be github or gitlab, not "bitbucket"/],
    [{ CMS_AUTH_URL: 'http://auth.example.org' }, /CMS_AUTH_URL must be the https:\/\/ origin/],
    [{ CMS_AUTH_URL: 'https://auth.example.org/"><script>' }, /CMS_AUTH_URL must be the https:\/\/ origin/],
  ])('refuses %o', (env, problem) => {
    expect(() => cmsBackendFromEnv(env)).toThrow(problem);
  });
});
