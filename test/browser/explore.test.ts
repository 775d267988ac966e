import type { Browser, BrowserContext } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from '../support/browser';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext();
});
afterAll(async () => {
	await browser?.close();
});

describe('timeline filter', () => {
	it('filters by jurisdiction and kind, announces the count and keeps the choice in the URL', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/timeline/`);
		const all = await page.locator('.timeline > li').count();
		await page.selectOption('select[name="j"]', 'chicago');
		await page.waitForURL(/j=chicago/);
		const visible = page.locator('.timeline > li:visible');
		const shown = await visible.count();
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(all);
		for (const value of await visible.evaluateAll((lis) =>
			lis.map((li) => li.getAttribute('data-jurisdictions'))
		)) {
			expect(value!.split(' ')).toContain('chicago');
		}
		expect(await page.locator('.timeline-filter [role="status"]').textContent()).toBe(
			`${shown} of ${all} events shown.`
		);
		await page.selectOption('select[name="kind"]', 'court-ruling');
		await page.waitForURL(/kind=court-ruling/);
		for (const kind of await page
			.locator('.timeline > li:visible')
			.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-kind')))) {
			expect(kind).toBe('court-ruling');
		}
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
			.analyze();
		expect(violations.map((v) => v.id)).toEqual([]);
		await page.close();
	});

	it('applies a shared URL on load and ignores unknown values', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/timeline/?j=philadelphia&kind=no-such-kind`);
		expect(await page.locator('select[name="j"]').inputValue()).toBe('philadelphia');
		expect(await page.locator('select[name="kind"]').inputValue()).toBe('');
		const jurisdictions = await page
			.locator('.timeline > li:visible')
			.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-jurisdictions')));
		expect(jurisdictions.length).toBeGreaterThan(0);
		for (const value of jurisdictions) expect(value!.split(' ')).toContain('philadelphia');
		await page.close();
	});

	it('without JavaScript shows every event and no dead filter controls', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const page = await noJs.newPage();
		await page.goto(`${baseUrl()}/timeline/?j=chicago`);
		expect(await page.locator('.timeline-filter').isHidden()).toBe(true);
		expect(await page.locator('.timeline > li:visible').count()).toBe(
			await page.locator('.timeline > li').count()
		);
		await noJs.close();
	});
});
