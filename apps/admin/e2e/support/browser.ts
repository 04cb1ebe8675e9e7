import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; never a browser downloaded by Playwright. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');

export type Language = 'nl' | 'en';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface NewPageOptions {
  baseURL: string;
  /** The browser's locale and the app's UI language (default Dutch). */
  language?: Language;
  /** Preset the app's stored language choice (default true); false leaves the app to its own default. */
  presetAppLanguage?: boolean;
}

/**
 * A fresh page (own context: no shared storage) that starts in the given UI language. The language is only
 * preset when the app has none stored yet, so a switch made during the test sticks across reloads.
 */
export async function newPage(browser: Browser, options: NewPageOptions): Promise<Page> {
  const language = options.language ?? 'nl';
  const context = await browser.newContext({
    baseURL: options.baseURL,
    locale: language === 'nl' ? 'nl-NL' : 'en-GB',
    timezoneId: 'Europe/Amsterdam',
    viewport: { width: 1280, height: 900 },
  });
  if (options.presetAppLanguage !== false) {
    await context.addInitScript((lang: string) => {
      if (!window.localStorage.getItem('rim.language')) window.localStorage.setItem('rim.language', lang);
    }, language);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Full-page screenshot to test-results/screenshots/<name>.png; returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}
