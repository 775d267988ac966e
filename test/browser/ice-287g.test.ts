import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, recordForeignRequests } from '../support/browser';

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('the 287(g) map in Chromium', () => {
	it.each([1280, 390])('switches lists with the list-date control at %i px', async (width) => {
		const context = await browser.newContext({ viewport: { width, height: 900 } });
		const foreign = recordForeignRequests(context);
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/ice-287g/lists/2026-05-18/`);
		const select = page.getByLabel('Show the list of');
		await expect.poll(() => select.isVisible()).toBe(true);
		const shadedNow = await page.locator('use.ice-county').count();
		await select.selectOption({ label: '2021-01-13' });
		await expect
			.poll(() => page.locator('#map-heading').textContent())
			.toContain('January 13, 2021');
		expect(page.url()).toMatch(/\/ice-287g\/lists\/2021-01-13\/$/);
		const shadedThen = await page.locator('use.ice-county').count();
		expect(shadedThen).toBeGreaterThan(0);
		expect(shadedThen).toBeLessThan(shadedNow);
		expect(await page.locator('[data-ice-status]').textContent()).toContain('2021-01-13');
		// The county shapes load and draw: the shaded counties have a real size.
		const box = await page.locator('use.ice-county').first().boundingBox();
		expect(box && box.width * box.height).toBeGreaterThan(1);
		expect(foreign).toEqual([]);
		await context.close();
	});

	it.each([390, 1280])(
		'switches lists in Spanish, saying so in Spanish, at %i px',
		async (width) => {
			const context = await browser.newContext({ viewport: { width, height: 900 } });
			const foreign = recordForeignRequests(context);
			const page = await context.newPage();
			await page.goto(`${baseUrl()}/es/ice-287g/lists/2026-05-18/`);
			const select = page.getByLabel('Mostrar la lista del');
			await expect.poll(() => select.isVisible()).toBe(true);
			await select.selectOption({ label: '13 de enero de 2021' });
			await expect
				.poll(() => page.locator('#map-heading').textContent())
				.toContain('13 de enero de 2021');
			expect(page.url()).toMatch(/\/es\/ice-287g\/lists\/2021-01-13\/$/);
			expect(await page.locator('[data-ice-status]').textContent()).toBe(
				'Se muestra la lista del 13 de enero de 2021.'
			);
			expect(await page.locator('html').getAttribute('lang')).toBe('es');
			expect(foreign).toEqual([]);
			await context.close();
		}
	);

	it.each([
		'/ice-287g/',
		'/ice-287g/states/tx/',
		'/ice-287g/data/',
		'/jurisdictions/clark-county/',
		'/es/ice-287g/',
		'/es/ice-287g/states/tx/',
		'/es/ice-287g/data/',
		'/es/ice-287g/unplaced/',
		'/es/ice-287g/lists/pending-2026-02-27/',
		'/es/jurisdictions/clark-county/',
	])(
		'%s passes axe (WCAG 2.2 AA) at 390 px',
		async (path) => {
			const context = await browser.newContext({ viewport: { width: 390, height: 900 } });
			const page = await context.newPage();
			await page.goto(`${baseUrl()}${path}`);
			const { violations } = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`)).toEqual(
				[]
			);
			await page.close();
		},
		120_000
	);
});
