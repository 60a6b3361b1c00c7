import { expect, expectNoAxeViolations, saveScreenshot, test } from './fixtures';

// Chromium fetches the favicon lazily; closing the page before the host fixture stops keeps that
// late request from failing as a console error.
test.afterEach(async ({ page }) => {
  await page.close();
});

const literalNote = /De stellingen komen letterlijk uit de gids/;

test('the statements are the guide’s words, said so, with an explanation under the hard ones', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/zelfanalyses`);
  await page.getByRole('button', { name: 'Beginnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zelfanalyse Doen' })).toBeVisible();
  await expect(page.getByText(literalNote)).toBeVisible();
  // The explanation is the radio group's description, so a screen reader reads it with the statement.
  await expect(page.getByRole('group', { name: /^3\. Kleine experimenten/ })).toHaveAccessibleDescription(
    /Zeggingskracht betekent/,
  );
  await expect(page.getByRole('group', { name: /^1\. / })).not.toHaveAttribute('aria-describedby');
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'self-analysis-fill-explanation');

  await page.goto(`${host.url}#/gids/gemeenteraad`);
  const statements = page.locator('.statement-list');
  await expect(page.getByText(literalNote)).toBeVisible();
  await expect(statements.locator('#blok-stelling-gemeenteraad-1')).toContainText('Een raadsmandaat is');
  await statements.scrollIntoViewIfNeeded();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'gids-stellingen-uitleg');
});
