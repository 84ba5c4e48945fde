import type { BrowserContext, Page } from '@playwright/test';

/** Everything a site could leave in a reader's browser, each kind listed (empty when unused). */
export interface StorageInUse {
  cookies: string[];
  localStorage: string[];
  sessionStorage: string[];
  indexedDB: string[];
  cacheStorage: string[];
  serviceWorkers: string[];
}

/** What the page's origin holds in every kind of browser storage, cookies included. */
export async function storageInUse(page: Page, context: BrowserContext): Promise<StorageInUse> {
  const inPage = await page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((database) => database.name ?? '(unnamed)'),
    cacheStorage: 'caches' in window ? await caches.keys() : [],
    serviceWorkers: (await navigator.serviceWorker?.getRegistrations())?.map((worker) => worker.scope) ?? [],
  }));
  return { cookies: (await context.cookies()).map((cookie) => cookie.name), ...inPage };
}

/** The value storageInUse() must return on every reader page. */
export const NOTHING_STORED: StorageInUse = {
  cookies: [],
  localStorage: [],
  sessionStorage: [],
  indexedDB: [],
  cacheStorage: [],
  serviceWorkers: [],
};
