import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, recordForeignRequests } from '../support/browser';

/** One page of each type, the set every browser check walks. */
const PAGE_TYPES = [
	'/',
	'/compare/',
	'/compare/list/doj-2025-08-list/',
	'/map/',
	'/map/detainers/',
	'/jurisdictions/',
	'/jurisdictions/new-york-city/',
	'/jurisdictions/chicago/',
	'/policies/',
	'/policies/detainers/',
	'/sources/',
	'/sources/news-report/',
	'/sources/news-report/n/',
	'/glossary/',
	'/timeline/',
	'/about/',
	'/data/',
	'/changes/',
	'/corrections/',
	'/embed/compare/',
	'/embed/jurisdictions/new-york-city/',
	'/404.html',
	// The Spanish edition's page types (issue #18).
	'/es/',
	'/es/about/',
	'/es/policies/',
	'/es/policies/detainers/',
	'/es/glossary/',
	'/es/search/',
	'/es/compare/',
	'/es/compare/list/doj-2025-08-list/',
	'/es/compare/as-of/2013/',
	'/es/data/',
	'/es/map/',
	'/es/map/detainers/',
	'/es/jurisdictions/',
	'/es/jurisdictions/chicago/',
	'/es/timeline/',
	'/es/sources/',
	'/es/sources/news-report/',
	'/es/sources/news-report/n/',
	'/es/changes/',
	'/es/corrections/',
	'/es/embed/compare/',
	'/es/embed/jurisdictions/chicago/',
	// The Spanish 287(g) pages' small types here; the map, state and data pages, each with its
	// English counterpart, in ice-287g.test.ts.
	'/es/ice-287g/unplaced/',
	'/es/ice-287g/lists/pending-2026-02-27/',
];

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

async function open(path: string): Promise<Page> {
	const page = await context.newPage();
	const response = await page.goto(`${baseUrl()}${path}`);
	expect(response?.status(), path).toBeLessThan(path === '/404.html' ? 500 : 400);
	return page;
}

describe('main journeys in Chromium', () => {
	it('home → a jurisdiction → one of its sources', async () => {
		const page = await open('/');
		await page.getByRole('link', { name: 'Chicago', exact: true }).first().click();
		await expect.poll(() => page.locator('h1').textContent()).toBe('Chicago');
		const firstCitation = page.locator('#policy-detainers .citations a').first();
		const target = await firstCitation.getAttribute('href');
		await firstCitation.click();
		expect(page.url()).toContain(target!);
		await expect
			.poll(() => page.locator(`${target} a`).first().getAttribute('rel'))
			.toContain('noopener');
		await page.close();
	});

	it('the comparison table: a cell leads to the sourced policy card', async () => {
		const page = await open('/compare/');
		const rows = await page.locator('table.compare-table tbody tr').count();
		expect(rows).toBeGreaterThanOrEqual(14);
		await page.locator('#row-new-york-city td[data-dimension="detainers"] a').click();
		expect(page.url()).toMatch(/\/jurisdictions\/new-york-city\/#policy-detainers$/);
		await expect
			.poll(() => page.locator('#policy-detainers h3').textContent())
			.toContain('detainers');
		await page.close();
	});

	it('a policy page and the glossary', async () => {
		const page = await open('/policies/detainers/');
		expect(await page.locator('table caption').textContent()).toContain('ICE detainers');
		await page.goto(`${baseUrl()}/glossary/#detainer`);
		expect(await page.locator('#detainer h2').textContent()).toMatch(/detainer/i);
		await page.close();
	});

	it('starts every page with a working skip link for keyboard users', async () => {
		const page = await open('/jurisdictions/new-york-city/');
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
		expect(focused).toBe('Skip to content');
		const outline = await page.evaluate(
			() => getComputedStyle(document.activeElement!).outlineStyle
		);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.close();
	});
});

describe('the language switcher', () => {
	it('keeps the page, the query and the fragment with JavaScript', async () => {
		const page = await open('/policies/detainers/?as-of=2020-01-01#values');
		await page.getByRole('link', { name: 'Español', exact: true }).click();
		await expect
			.poll(
				() => new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash
			)
			.toBe('/es/policies/detainers/?as-of=2020-01-01#values');
		expect(await page.locator('html').getAttribute('lang')).toBe('es');
		await page.getByRole('link', { name: 'English', exact: true }).click();
		await expect
			.poll(() => new URL(page.url()).pathname + new URL(page.url()).search)
			.toBe('/policies/detainers/?as-of=2020-01-01');
		await page.close();
	});

	it('links the same page without JavaScript', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(`${baseUrl()}/es/search/?q=chicago`);
		await page.getByRole('link', { name: 'English', exact: true }).click();
		expect(new URL(page.url()).pathname).toBe('/search/');
		await noScript.close();
	});
});

describe('accessibility, privacy and security on every page type', () => {
	it.each(PAGE_TYPES)('%s has no axe violations (WCAG 2.2 A/AA)', async (path) => {
		const page = await open(path);
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
			.analyze();
		const summary = violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`);
		expect(summary).toEqual([]);
		await page.close();
	});

	it('the same pages at phone width (320 px) and in dark mode have no axe violations', async () => {
		const phone = await browser.newContext({
			viewport: { width: 320, height: 700 },
			colorScheme: 'dark',
		});
		for (const path of [
			'/',
			'/compare/',
			'/jurisdictions/new-york-city/',
			'/es/policies/detainers/',
			'/es/jurisdictions/chicago/',
			'/es/sources/news-report/n/',
		]) {
			const page = await phone.newPage();
			await page.goto(`${baseUrl()}${path}`);
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2aa', 'wcag22aa'])
				.analyze();
			expect(violations.map((v) => `${path} ${v.id}`)).toEqual([]);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth > window.innerWidth + 1
			);
			expect(overflow, `${path} scrolls sideways at 320 px`).toBe(false);
		}
		await phone.close();
	});

	it('makes no request to another origin, sets no cookies and uses no storage', async () => {
		for (const path of PAGE_TYPES) {
			const page = await open(path);
			const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
			expect(storage, path).toBe(0);
			await page.close();
		}
		expect(foreignRequests).toEqual([]);
		expect(await context.cookies()).toEqual([]);
	});

	it('sends a Content-Security-Policy on every page', async () => {
		for (const path of PAGE_TYPES) {
			const page = await open(path);
			const csp = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(csp, path).toMatch(/script-src 'self'/);
			await page.close();
		}
	});
});

describe('without JavaScript', () => {
	it('shows every page’s content and the full comparison table', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const page = await noJs.newPage();
		await page.goto(`${baseUrl()}/compare/`);
		const cells = await page.locator('table.compare-table tbody td').count();
		const rows = await page.locator('table.compare-table tbody tr').count();
		const cols = await page.locator('table.compare-table thead th').count();
		expect(cells).toBe(rows * (cols - 1));
		for (const path of PAGE_TYPES) {
			await page.goto(`${baseUrl()}${path}`);
			expect(await page.locator('h1').count(), path).toBe(1);
		}
		await noJs.close();
	});
});
