/** The programme top bar's "Meer" (client/programme/MoreMenu.tsx): opened when needed, its panel returned. */
import type { Locator, Page } from 'playwright-core';

export async function moreMenu(page: Page): Promise<Locator> {
  const button = page.locator('header.topbar').getByRole('button', { name: 'Meer', exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const panel = page.locator('.more-menu-panel');
  await panel.waitFor();
  return panel;
}
