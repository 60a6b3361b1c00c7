import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { callApi } from './window-api';

/** 1366×768, the usual municipal laptop, and the same screen at 150 % zoom (911×512 CSS pixels). */
const sizes = [
  { name: '1366', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  { name: '150', viewport: { width: 911, height: 512 }, deviceScaleFactor: 1.5 },
];

/** What the reader sees (the viewport, not the whole 8 000 px page), under test-results/screens/. */
async function screen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(import.meta.dirname, '../../test-results/screens', `${name}.png`) });
}

async function openTheme(page: Page, url: string, themeId: string, title: string): Promise<void> {
  await page.goto(`${url}#/gids/${themeId}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

for (const size of sizes) {
  test.describe(`reading the guide at ${size.name === '150' ? '150 % zoom' : '1366×768'}`, () => {
    test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

    test('contents lead to a section, the controls are quiet, the next theme waits at the end', async ({
      page,
      host,
    }) => {
      await openTheme(page, host.url, 'gemeenteraad', 'Gemeenteraad');
      const contents = page.getByRole('navigation', { name: 'Op deze pagina' });
      await expect(contents).toBeVisible();
      await expectNoAxeViolations(page);
      await screen(page, `gids-thema-boven-${size.name}`);

      // By keyboard: a link in the contents scrolls to its section and puts focus on its heading.
      const tipsLink = contents.getByRole('link', { name: 'Tips om te beginnen' });
      await tipsLink.focus();
      await page.keyboard.press('Enter');
      const tipsHeading = page.getByRole('heading', { level: 2, name: 'Tips om te beginnen' });
      await expect(tipsHeading).toBeFocused();
      await expect(tipsHeading).toBeInViewport();

      // The bookmark/note control of a block stays quiet until the block has focus or a bookmark.
      const firstTip = page.locator('.guide-block--tip').first();
      const controls = firstTip.locator('.annotation-buttons');
      await expect(controls).toHaveCSS('opacity', '0');
      await page.keyboard.press('Tab');
      await expect(firstTip.locator(':focus')).toHaveCount(1);
      await page.mouse.move(0, 0);
      const bookmark = firstTip.getByRole('button', { name: /Bladwijzer/ });
      await bookmark.focus();
      await expect(controls).toHaveCSS('opacity', '1');
      await page.keyboard.press('Enter');
      await expect(bookmark).toHaveAttribute('aria-pressed', 'true');
      await page.locator('h1').evaluate((heading) => heading.focus({ preventScroll: true }));
      await expect(controls).toHaveCSS('opacity', '1');
      // The middle of the page: a bookmarked tip (its control stays) among tips whose controls are quiet.
      await firstTip.evaluate((tip) => tip.scrollIntoView({ block: 'center' }));
      await screen(page, `gids-thema-midden-${size.name}`);

      const next = page.getByRole('navigation', { name: 'Vorig en volgend thema' });
      await next.scrollIntoViewIfNeeded();
      await expect(next.getByRole('link', { name: /Vorig thema.*Doel/ })).toBeVisible();
      await screen(page, `gids-thema-einde-${size.name}`);
      await next.getByRole('link', { name: /Volgend thema.*Geld/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Geld' })).toBeFocused();
      await expectNoAxeViolations(page);
    });

    test('a glossary term opens its definition in place and closes with Escape', async ({ page, host }) => {
      await openTheme(page, host.url, 'doen', 'Doen');
      const term = page.locator('.glossary-term-button').first();
      await term.focus();
      await expect(term).toHaveAttribute('aria-expanded', 'false');
      await page.keyboard.press('Enter');
      await expect(term).toHaveAttribute('aria-expanded', 'true');
      const popoverId = await term.getAttribute('aria-controls');
      const popover = page.locator(`[id="${popoverId}"]`);
      await expect(popover).toBeVisible();
      await expect(popover.getByRole('link', { name: 'Naar de woordenlijst' })).toBeVisible();
      await expect(popover).toBeInViewport({ ratio: 1 });
      await expectNoAxeViolations(page);
      await term.scrollIntoViewIfNeeded();
      await screen(page, `gids-begrip-open-${size.name}`);

      // Tab moves into the definition (its link), Escape closes it and returns to the term.
      await page.keyboard.press('Tab');
      await expect(popover.getByRole('link', { name: 'Naar de woordenlijst' })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(popover).toBeHidden();
      await expect(term).toBeFocused();
      await expect(term).toHaveAttribute('aria-expanded', 'false');

      // Space opens it again; the link leads to the glossary entry.
      await page.keyboard.press('Space');
      await popover.getByRole('link', { name: 'Naar de woordenlijst' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Begrippenlijst' })).toBeVisible();
      const termId = popoverId?.replace(/^.*-begrip-/, '');
      await expect(page.locator(`[id="kop-begrip-${termId}"]`)).toBeFocused();
    });

    test('search finds a note and a reason answer, grouped; a hit leads to its marked passage', async ({
      page,
      host,
    }) => {
      await page.goto(`${host.url}#/gids/zoeken`);
      await expect(page.getByRole('heading', { level: 1, name: 'Zoeken in de gids' })).toBeVisible();
      await callApi(page, 'guide.notes.save', { key: 'geld/vorm-crowdfunding', body: 'Een coöperatie voor de buurt?' });
      await callApi(page, 'guide.reasons.save', { reasonNumber: 4, turnaround: 'Samen met een coöperatie beginnen.' });

      await page.getByLabel('Zoekwoorden').fill('cooperatie');
      await expect(page.getByRole('status').filter({ hasText: 'in je eigen teksten' })).toBeVisible();
      const notes = page.getByRole('region', { name: /Jouw notities bij de gids \(1\)/ });
      await expect(notes.locator('mark')).toHaveText(['coöperatie']);
      await expect(page.getByRole('region', { name: /Jouw antwoorden op de 10 redenen \(1\)/ })).toBeVisible();
      await expectNoAxeViolations(page);
      await screen(page, `gids-zoeken-eigen-${size.name}`);

      await page.getByLabel('Zoekwoorden').fill('burgerbegroting');
      const also = page.locator('.search-also');
      await expect(also.getByRole('link', { name: 'wijkbudget' })).toBeVisible();
      await expect(page.getByRole('region', { name: /^In de gids/ })).toBeVisible();

      await notes.waitFor({ state: 'detached' });
      await page.getByLabel('Zoekwoorden').fill('crowdfunding');
      await expect(page.getByRole('status').filter({ hasText: '“crowdfunding”' })).toBeVisible();
      const hit = page
        .getByRole('region', { name: /^In de gids/ })
        .getByRole('link')
        .first();
      await hit.focus();
      await page.keyboard.press('Enter');
      const found = page.locator('.guide-block--found');
      await expect(found).toHaveCount(1);
      await expect(found.getByText('Gevonden met je zoekopdracht')).toBeVisible();
      await expect(found.locator(':focus')).toHaveCount(1);
      // Room above: the block does not start at the very top edge of the window.
      const top = await found.evaluate((element) => element.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(16);
      await expectNoAxeViolations(page);
      await screen(page, `gids-zoeken-gevonden-${size.name}`);
    });

    test('my notes lists the answers on the 10 reasons and exports them as Markdown', async ({ page, host }) => {
      await page.goto(`${host.url}#/gids/notities`);
      await expect(page.getByRole('heading', { level: 1, name: 'Mijn notities en bladwijzers' })).toBeVisible();
      await callApi(page, 'guide.notes.save', { key: 'doen/motto', body: 'Volgende week de buurt in.' });
      await callApi(page, 'guide.reasons.save', {
        reasonNumber: 2,
        recognition: 'herken-ik',
        turnaround: 'Toch doen.',
      });
      await page.reload();
      const answers = page.getByRole('heading', { level: 2, name: 'Mijn antwoorden op de 10 redenen' });
      await expect(answers).toBeVisible();
      await expect(page.getByText('Toch doen.')).toBeVisible();
      await expect(page.getByText('Volgende week de buurt in.')).toBeVisible();
      await expectNoAxeViolations(page);
      await screen(page, `gids-notities-${size.name}`);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: /Bewaar alles als tekstbestand/ }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^Mijn notities uit het Werkboek .*\.md$/);
      const path = await file.path();
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(path, 'utf8');
      expect(text).toContain('## Mijn antwoorden op de 10 redenen');
      expect(text).toContain('Volgende week de buurt in.');
    });
  });
}
