import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshotDir = fileURLToPath(new URL('../screenshots', import.meta.url));

export const desktopViewport = { width: 1366, height: 860 };
export const phoneViewport = { width: 390, height: 844 };

/** Debian's Chromium, headless, without anything that reaches the network by itself. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors seen so far, for asserting a clean run. */
  errors: string[];
}

/** A fresh context (own cookies) and page at the given size, English unless told otherwise. */
export const openPage = async (
  browser: Browser,
  baseURL: string,
  options: { viewport?: { width: number; height: number }; phone?: boolean; locale?: string } = {},
): Promise<OpenedPage> => {
  const context = await browser.newContext({
    baseURL,
    viewport: options.viewport ?? (options.phone ? phoneViewport : desktopViewport),
    deviceScaleFactor: options.phone ? 2 : 1,
    isMobile: options.phone ?? false,
    hasTouch: options.phone ?? false,
    locale: options.locale ?? 'en-GB',
    timezoneId: 'Europe/Berlin',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs every 4xx answer (a signed-out GET /session, an expected 409); the UI handles those.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      errors.push(`console: ${message.text()}`);
    }
  });
  return { context, page, errors };
};

/**
 * Save a screenshot to e2e/screenshots/<name>.png (git-ignored): the whole page, or with `screen` only
 * what the screen shows (a dialog over a long page, a drag in progress: a full-page shot resizes the
 * window). Notifications are hidden unless asked for, so they do not cover the page.
 */
export const screenshot = async (
  page: Page,
  name: string,
  options: { withNotifications?: boolean; screen?: boolean } = {},
): Promise<void> => {
  mkdirSync(screenshotDir, { recursive: true });
  const hidden = options.withNotifications
    ? null
    : await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  // A whole page from the top, so the fixed header sits where it belongs; transitions settled either way.
  if (!options.screen) await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: !options.screen });
  await hidden?.evaluate((element) => element.parentNode?.removeChild(element));
};

/** What the screen shows right now, as `screenshot` saves it. */
export const viewportShot = (page: Page, name: string): Promise<void> => screenshot(page, name, { screen: true });

/** How many pixels the page is wider than the viewport (0 when nothing overflows sideways). */
export const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
