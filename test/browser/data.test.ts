import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('the /data/ page and its codebook in Chromium', () => {
	it.each([1280, 390])(
		'at %i px: no sideways page scroll, and each file’s columns are the codebook’s rows',
		async (width) => {
			const page = await browser.newPage({ viewport: { width, height: 900 } });
			await page.goto(`${baseUrl()}/data/`);
			expect(
				await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
			).toBeLessThanOrEqual(1);
			const tables = await page
				.locator('section[aria-labelledby^="codebook-"] > h3')
				.evaluateAll((hs) => hs.map((h) => h.id.replace('codebook-', '')));
			expect(tables.length).toBe(6);
			for (const table of tables) {
				const csv = await page.request.get(`${baseUrl()}/data/${table}.csv`);
				expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
				const header = (await csv.text())
					.replace(/^\uFEFF/, '')
					.split('\n')[0]!
					.split(',');
				const codebook = await page
					.locator(`table.codebook tr[id^="column-${table}-"] th code`)
					.allTextContents();
				expect(codebook, table).toEqual(header);
				// The last column's row can be scrolled to and read at this width.
				const last = page.locator(`#column-${table}-${header.at(-1)}`);
				await last.scrollIntoViewIfNeeded();
				expect(await last.isVisible()).toBe(true);
			}
			await page.close();
		}
	);
});
