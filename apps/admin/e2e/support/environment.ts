import { afterAll, beforeAll } from '@jest/globals';
import { startTestServer, type TestServer } from '@rim/testing';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';

export interface BrowserEnvironment {
  readonly server: TestServer;
  readonly browser: Browser;
}

/**
 * One test server and one Chromium for a test file: started before its tests, closed after them. `startServer`
 * (within `timeoutMs`) gives another server, e.g. startDemoMarketServer for the demo market.
 */
export function useBrowserEnvironment(startServer: () => Promise<TestServer> = () => startTestServer(), timeoutMs = 180_000): BrowserEnvironment {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  }, timeoutMs);
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
