import { expect, screen, signIn, test } from './support/fixtures';

test('the sign-in page is in Vietnamese and leads to the inbox', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/dang-nhap$/);
  await screen(page, '01-dang-nhap');
  await signIn(page, 'unit.BQLDA-DTXD');
  await expect(page.getByRole('heading', { name: 'Việc cần xử lý' })).toBeVisible();
  await screen(page, '02-viec-can-xu-ly');
});
