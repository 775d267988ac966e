import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jurisdictionUrl, policyAnchor } from '../../src/lib/urls';
import { loadContent } from '../support/load-content';
import { baseUrl, launchBrowser } from '../support/browser';

const { dataset } = loadContent('content');

let browser: Browser;
let desktop: BrowserContext;
let phone: BrowserContext;
beforeAll(async () => {
	browser = await launchBrowser();
	desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
	await browser?.close();
});

describe('the answers on the first screen', () => {
	it('shows every question’s answer without scrolling on a 1280×900 window, on every jurisdiction page', async () => {
		const page = await desktop.newPage();
		for (const j of dataset.jurisdictions) {
			await page.goto(`${baseUrl()}${jurisdictionUrl(j.id)}`);
			const rows = page.locator('.glance-list > div');
			expect(await rows.count(), j.id).toBe(dataset.dimensions.length);
			const bottom = await rows.last().evaluate((el) => el.getBoundingClientRect().bottom);
			expect(bottom, `${j.id}: last answer ends at ${bottom}px`).toBeLessThanOrEqual(900);
			const links = await page
				.locator('.glance-list dt a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(links, j.id).toEqual(dataset.dimensions.map((d) => `#${policyAnchor(d.id)}`));
		}
		await page.close();
	});

	it('keeps the page’s contents beside the text on a wide window and in the flow on a phone', async () => {
		for (const [context, beside] of [
			[desktop, true],
			[phone, false],
		] as const) {
			const page = await context.newPage();
			await page.goto(`${baseUrl()}${jurisdictionUrl('new-york-city')}`);
			const toc = await page.locator('nav.toc').boundingBox();
			const glance = await page.locator('.glance').boundingBox();
			expect(toc && glance).toBeTruthy();
			// Beside: the contents start to the right of the answers; on a phone, below them.
			if (beside) expect(toc!.x).toBeGreaterThan(glance!.x + glance!.width);
			else expect(toc!.y).toBeGreaterThan(glance!.y + glance!.height);
			await page.close();
		}
	});
});
