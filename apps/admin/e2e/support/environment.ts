import { afterAll, beforeAll } from '@jest/globals';
import { startTestServer, type TestServer } from '@rim/testing';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';

export interface BrowserEnvironment {
  readonly server: TestServer;
  readonly browser: Browser;
}

/** One test server and one Chromium for a test file: started before its tests, closed after them. */
export function useBrowserEnvironment(): BrowserEnvironment {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the test server starts in beforeAll');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
}
