import type { Locator, Page } from 'playwright-core';

/** Follows the menu entry `menu-{key}` and waits for its page (`url`: a glob such as `**\/admin/jobs`). */
export async function openMenu(page: Page, key: string, url: string): Promise<void> {
  await page.getByTestId(`menu-${key}`).click();
  await page.waitForURL(url);
}

/** Clicks a list's `{name}-new` button and answers its form `{name}-form` once it is shown. */
export async function openNewForm(page: Page, name: string): Promise<Locator> {
  await page.getByTestId(`${name}-new`).click();
  const form = page.getByTestId(`${name}-form`);
  await form.waitFor();
  return form;
}
