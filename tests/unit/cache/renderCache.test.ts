import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedRender, renderTallies } from '~/cache/renderCache';
import { renderFingerprint } from '~/cache/renderFingerprint';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'render-cache-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A drawing that counts how often it runs. */
function counter(bytes: number[]) {
  const calls = { count: 0 };
  const render = async () => {
    calls.count += 1;
    return new Uint8Array(bytes);
  };
  return { calls, render };
}

describe('cachedRender', () => {
  it('draws once, then returns the stored bytes for the same inputs without drawing', async () => {
    const { calls, render } = counter([1, 2, 3]);
    const first = await cachedRender('test', { title: 'A' }, render, folder);
    const second = await cachedRender('test', { title: 'A' }, render, folder);
    expect(calls.count).toBe(1);
    expect([...second]).toEqual([...first]);
    expect([...second]).toEqual([1, 2, 3]);
  });

  it('draws again when any input differs, and only for that input', async () => {
    const { calls, render } = counter([7]);
    for (const title of ['A', 'B', 'C']) await cachedRender('test', { title, version: 1 }, render, folder);
    expect(calls.count).toBe(3);
    for (const title of ['A', 'B changed', 'C']) await cachedRender('test', { title, version: 1 }, render, folder);
    expect(calls.count).toBe(4);
    await cachedRender('test', { title: 'A', version: 2 }, render, folder);
    expect(calls.count).toBe(5);
  });

  it('keeps kinds apart, leaves no temporary file and counts what it drew and reused', async () => {
    const before = { ...(renderTallies().get('kind-a') ?? { drawn: 0, cached: 0 }) };
    const { calls, render } = counter([9]);
    await cachedRender('kind-a', { same: true }, render, folder);
    await cachedRender('kind-b', { same: true }, render, folder);
    await cachedRender('kind-a', { same: true }, render, folder);
    expect(calls.count).toBe(2);
    expect(readdirSync(folder).sort()).toEqual(['kind-a', 'kind-b']);
    expect(readdirSync(join(folder, 'kind-a'))).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.bin$/)]);
    const after = renderTallies().get('kind-a');
    expect([after?.drawn, after?.cached]).toEqual([before.drawn + 1, before.cached + 1]);
  });

  it('draws again after the cache folder is deleted', async () => {
    const { calls, render } = counter([5]);
    await cachedRender('test', 'x', render, folder);
    rmSync(folder, { recursive: true, force: true });
    expect([...(await cachedRender('test', 'x', render, folder))]).toEqual([5]);
    expect(calls.count).toBe(2);
  });

  it('lets a failed drawing fail the build and stores nothing', async () => {
    const failing = () => Promise.reject(new Error('satori: no font'));
    await expect(cachedRender('test', 'y', failing, folder)).rejects.toThrow('satori: no font');
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('renderFingerprint', () => {
  const base = { packages: ['satori'], fonts: ['@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'] };

  it('is stable for the same libraries, fonts and sources', () => {
    const sources = { '/src/a.ts': 'export const a = 1;' };
    expect(renderFingerprint({ ...base, sources })).toBe(renderFingerprint({ ...base, sources: { ...sources } }));
  });

  it('changes when a template source, a font or a library changes', () => {
    const reference = renderFingerprint({ ...base, sources: { '/src/a.ts': 'export const a = 1;' } });
    expect(renderFingerprint({ ...base, sources: { '/src/a.ts': 'export const a = 2;' } })).not.toBe(reference);
    expect(
      renderFingerprint({
        ...base,
        fonts: ['@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'],
        sources: { '/src/a.ts': 'export const a = 1;' },
      }),
    ).not.toBe(reference);
    expect(
      renderFingerprint({ ...base, packages: ['satori', 'sharp'], sources: { '/src/a.ts': 'export const a = 1;' } }),
    ).not.toBe(reference);
  });

  it('refuses to key drawings without their template source', () => {
    expect(() => renderFingerprint({ ...base, sources: {} })).toThrow(/no template source/);
  });

  it('names a library that is not installed', () => {
    expect(() =>
      renderFingerprint({ packages: ['no-such-package-here'], fonts: [], sources: { '/src/a.ts': '' } }),
    ).toThrow(/no-such-package-here is not installed/);
  });
});
