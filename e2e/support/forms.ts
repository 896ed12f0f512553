import type { Locator, Page } from 'playwright-core';

const pageOf = (scope: Page | Locator): Page =>
  'page' in scope && typeof scope.page === 'function' ? scope.page() : (scope as Page);

/**
 * Pick an option of a Mantine select by its label: with `search`, type first (server-searched pickers);
 * a null option takes the first one offered; `exact` matches the option's whole name.
 */
export const pickOption = async (
  scope: Page | Locator,
  label: string | RegExp,
  option: string | RegExp | null,
  { search, exact = false }: { search?: string; exact?: boolean } = {},
): Promise<void> => {
  const page = pageOf(scope);
  const input = scope.getByRole('combobox', { name: label }).first();
  await input.click();
  if (search) await input.fill(search);
  const options = option === null ? page.getByRole('option') : page.getByRole('option', { name: option, exact });
  await options.first().click();
};
