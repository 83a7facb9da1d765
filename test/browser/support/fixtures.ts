import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every demo user's password (the launcher seeds them). */
export const DEMO_PASSWORD = 'demo';
const SCREENS_DIR = join('test-results', 'screens');

/** The base URL of the system global-setup started. */
export const test = base.extend({
  baseURL: async ({}, use) => use(process.env.WEB_BASE_URL),
});
export { expect };

/** Signs in through the form, as a person does. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

/** A new browser session (its own cookies and storage) signed in as `username`; `options` make it, say, a phone. */
export async function sessionOf(
  browser: Browser,
  username: string,
  options: Pick<BrowserContextOptions, 'timezoneId' | 'viewport' | 'isMobile' | 'hasTouch'> = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL: process.env.WEB_BASE_URL, locale: 'vi-VN', ...options });
  const page = await context.newPage();
  await signIn(page, username);
  return page;
}

/**
 * Looks at a screen as its user would: a screenshot in test-results/screens/ for people, and
 * an accessibility check that finds no serious or critical violation (WCAG 2.1 AA rules).
 */
export async function screen(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(SCREENS_DIR, `${name}.png`), fullPage: true });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    `accessibility of ${name}`,
  ).toEqual([]);
}

/** Types a date and time (dd/MM/yyyy HH:mm, as the picker shows it) into the picker labelled `label`. */
export async function fillDate(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  // Leaving the field keeps the typed value (Enter would also submit the form, as in any form).
  await input.press('Tab');
  await expect(input).toHaveValue(value);
}

/** Chooses an option of the Ant Design select labelled `label`, by a part of its text. */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: option }).click();
}

/** Answers the confirmation dialog that every consequential action opens, after checking what it says. */
export async function confirm(page: Page, okText: string, says?: string | RegExp): Promise<void> {
  const dialog = page.getByRole('dialog').last();
  await expect(dialog).toBeVisible();
  if (says) await expect(dialog).toContainText(says);
  await dialog.getByRole('button', { name: okText }).click();
}
