import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { baseUrl, launchBrowser, recordForeignRequests } from '../support/browser';

const EMBEDS = [
	'/embed/compare/',
	'/embed/jurisdictions/new-york-city/',
	'/es/embed/compare/',
	'/es/embed/jurisdictions/new-york-city/',
];
const site = new URL(config.site!).origin;

let browser: Browser;
let context: BrowserContext;
let foreignRequests: string[] = [];

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext();
	foreignRequests = recordForeignRequests(context);
});
afterAll(async () => {
	await browser?.close();
});

/**
 * A host page on the preview server's origin (the 404 page, rewritten) that frames `html`;
 * resolves once every frame has loaded.
 */
async function host(html: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${baseUrl()}/404.html`);
	await page.setContent(`<!doctype html><html lang="en"><title>Host</title><body>${html}</body>`, {
		waitUntil: 'load',
	});
	return page;
}

/** The framed embed; its locators wait for the frame, which the snippet asks to load lazily. */
const embedFrame = (page: Page): FrameLocator => page.frameLocator('iframe');

describe('embeds', () => {
	it.each(EMBEDS)('%s has no axe violations (WCAG 2.2 A/AA)', async (path) => {
		const page = await context.newPage();
		await page.goto(`${baseUrl()}${path}`);
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		expect(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`)).toEqual([]);
		await page.close();
	});

	it.each(EMBEDS)(
		'%s loads inside an iframe and asks no other origin for anything',
		async (path) => {
			const page = await host(
				`<iframe src="${baseUrl()}${path}" title="Embedded atlas" width="800" height="600"></iframe>`
			);
			const frame = embedFrame(page);
			await expect.poll(() => frame.locator('h1').count()).toBe(1);
			expect(await frame.locator('table caption').count()).toBe(1);
			expect(foreignRequests).toEqual([]);
			await page.close();
		}
	);

	it('the snippet on a jurisdiction page frames its embed, with a title, and links open outside the frame', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/jurisdictions/new-york-city/`);
		await page.locator('details.embed-this summary').click();
		const snippet = (await page.locator('details.embed-this pre code').textContent())!;
		expect(snippet).toContain(`<iframe src="${site}/embed/jurisdictions/new-york-city/"`);
		expect(snippet).toMatch(/ title="New York City[^"]+"/);
		await page.close();

		// The snippet as a reader would paste it, pointed at the preview server instead of the site.
		const framed = await host(snippet.replace(site, baseUrl()));
		const frame = embedFrame(framed);
		expect(await frame.locator('h1').textContent()).toBe('New York City');
		expect(await frame.locator('tbody tr').count()).toBe(9);
		const back = frame.locator('main a[href="/jurisdictions/new-york-city/"]');
		expect(await back.getAttribute('rel')).toBe('noopener noreferrer');
		const [popup] = await Promise.all([context.waitForEvent('page'), back.click()]);
		await popup.waitForLoadState();
		expect(new URL(popup.url()).pathname).toBe('/jurisdictions/new-york-city/');
		// The host page stays as it was, its frame still showing the embed.
		expect(await frame.locator('h1').textContent()).toBe('New York City');
		await popup.close();
		await framed.close();
		expect(foreignRequests).toEqual([]);
	});

	it('the compare page offers the compare embed', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/compare/`);
		const snippet = await page.locator('details.embed-this pre code').textContent();
		expect(snippet).toContain(`<iframe src="${site}/embed/compare/"`);
		await page.close();
	});

	it('the snippet on a Spanish jurisdiction page frames the Spanish embed, which links the Spanish page', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/es/jurisdictions/new-york-city/`);
		await page.locator('details.embed-this summary').click();
		const snippet = (await page.locator('details.embed-this pre code').textContent())!;
		expect(snippet).toContain(`<iframe src="${site}/es/embed/jurisdictions/new-york-city/"`);
		expect(snippet).toMatch(/ title="Nueva York: normas sobre la cooperación[^"]+"/);
		await page.close();

		const framed = await host(snippet.replace(site, baseUrl()));
		const frame = embedFrame(framed);
		expect(await frame.locator('h1').textContent()).toBe('Nueva York');
		expect(await frame.locator('html').getAttribute('lang')).toBe('es');
		expect(await frame.locator('tbody tr').count()).toBe(9);
		expect(await frame.locator('main a[href="/es/jurisdictions/new-york-city/"]').count()).toBe(1);
		await framed.close();
		expect(foreignRequests).toEqual([]);
	});
});
