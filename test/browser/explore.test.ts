import type { Browser, BrowserContext } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseUrl, launchBrowser } from '../support/browser';
import { DIST } from '../support/dist';
import { segmentOn, type CompareData } from '../../src/lib/answer-segments';

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
		// The filter script loads after the page; it reveals the form once it has applied the URL.
		await page.locator('.timeline-filter').waitFor({ state: 'visible' });
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

describe('comparison: side by side, sort and filter', () => {
	it('picking two jurisdictions shows them side by side and puts them in the URL', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/compare/`);
		await page.check('input[name="j"][value="new-york-city"]');
		await page.check('input[name="j"][value="chicago"]');
		await page.waitForURL(/j=(chicago,new-york-city|new-york-city,chicago)/);
		const table = page.locator('table.side-by-side');
		await expect.poll(() => table.locator('tbody tr').count()).toBe(9);
		expect(await table.locator('thead th').allTextContents()).toEqual(
			expect.arrayContaining(['New York City', 'Chicago', 'Same or different'])
		);
		expect(await table.locator('tbody td a[href*="#source-"]').count()).toBeGreaterThan(9);
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
			.analyze();
		expect(violations.map((v) => v.id)).toEqual([]);
		await page.close();
	});

	it('a shared URL restores selection, sort and filter; bad parts get a clear message', async () => {
		const page = await context.newPage();
		await page.goto(
			`${baseUrl()}/compare/?j=cook-county,atlantis,philadelphia&sort=detainers&state=IL`
		);
		await expect.poll(() => page.locator('table.side-by-side tbody tr').count()).toBe(9);
		expect(await page.locator('[data-compare-problems]').textContent()).toContain(
			'No jurisdiction is called “atlantis”.'
		);
		const visible = await page
			.locator('table.compare-table tbody tr:visible')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
		expect(visible.length).toBeGreaterThan(0);
		expect(new Set(visible)).toEqual(new Set(['IL']));
		expect(await page.locator('[data-compare-status]').textContent()).toMatch(
			new RegExp(`^${visible.length} of \\d+ jurisdictions shown, sorted by Detainers\\.$`)
		);
		expect(await page.locator('th[data-dimension="detainers"]').getAttribute('aria-sort')).toBe(
			'ascending'
		);
		const ranks = await page
			.locator('table.compare-table tbody tr:visible td[data-dimension="detainers"]')
			.evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-rank'))));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		await page.close();
	});

	it('filters by a value', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/compare/`);
		await page.selectOption('select[name="v"]', 'detainers:not-honoured');
		await page.waitForURL(/v=detainers:not-honoured/);
		// The URL changes before the rows are filtered (asynchronously): wait for the rows themselves.
		const visibleValues = () =>
			page
				.locator('table.compare-table tbody tr:visible td[data-dimension="detainers"]')
				.evaluateAll((tds) => [...new Set(tds.map((td) => td.getAttribute('data-value')))]);
		await expect.poll(visibleValues).toEqual(['not-honoured']);
		await page.close();
	});

	it('without JavaScript shows the full table and no controls', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const page = await noJs.newPage();
		await page.goto(`${baseUrl()}/compare/?j=chicago,new-york-city&state=IL`);
		expect(await page.locator('[data-compare-controls]').isHidden()).toBe(true);
		expect(await page.locator('table.compare-table tbody tr:visible').count()).toBe(
			await page.locator('table.compare-table tbody tr').count()
		);
		await noJs.close();
	});
});

describe('comparison as of a chosen date', () => {
	/** Every cell's value id, by row and dimension. */
	const cells = (page: import('playwright-core').Page) =>
		page
			.locator('table.compare-table tbody td')
			.evaluateAll((tds) =>
				tds
					.map(
						(td) =>
							`${td.closest('tr')!.getAttribute('data-id')}/${td.getAttribute('data-dimension')}=${td.getAttribute('data-value')}`
					)
					.sort()
			);

	it('resolves every cell in the browser exactly as the build resolves the same day', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/compare/as-of/2013/`);
		const built = await cells(page);
		await page.goto(`${baseUrl()}/compare/?date=2013-12-31`);
		await expect
			.poll(() => page.locator('table.compare-table caption').textContent())
			.toContain('as of December 31, 2013');
		expect(await cells(page)).toEqual(built);
		expect(
			await page.locator('#row-new-york-city td[data-dimension="detainers"] .value').textContent()
		).toBe('Honoured in listed cases');
		await page.close();
	});

	it('changes with the date control and restores today when cleared', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/compare/`);
		const today = await cells(page);
		await page.fill('input[name="date"]', '2012-06-30');
		await page.waitForURL(/date=2012-06-30/);
		await expect
			.poll(() => page.locator('[data-compare-status]').textContent())
			.toContain('as of June 30, 2012');
		expect(await cells(page)).not.toEqual(today);
		await page.fill('input[name="date"]', '');
		await expect.poll(() => cells(page)).toEqual(today);
		await page.close();
	});

	it('speaks Spanish on the Spanish comparison: date control, live status, problems, side by side', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/es/compare/as-of/2013/`);
		const built = await cells(page);
		await page.goto(`${baseUrl()}/es/compare/?date=2013-12-31&j=chicago,philadelphia&state=ZZ`);
		await expect
			.poll(() => page.locator('table.compare-table caption').textContent())
			.toMatch(/, al 31 de diciembre de 2013$/);
		expect(await cells(page)).toEqual(built);
		expect(await page.locator('[data-compare-status]').textContent()).toMatch(
			/^Se muestran \d+ de \d+ jurisdicciones, al 31 de diciembre de 2013\.$/
		);
		expect(await page.locator('[data-compare-problems]').textContent()).toBe(
			'Se omitió el estado desconocido “ZZ”.'
		);
		const side = page.locator('[data-side-by-side] table');
		await expect
			.poll(() => side.locator('caption').textContent())
			.toMatch(/^Chicago, Filadelfia lado a lado/);
		// Side by side shows today's answers: each detail the answers file's, Spanish where translated,
		// one still English marked so.
		const answers = JSON.parse(
			readFileSync(join(DIST, 'es/compare/answers/all.json'), 'utf8')
		) as CompareData;
		const expected = ['chicago', 'philadelphia'].flatMap((id) =>
			answers.jurisdictions
				.find((j) => j.id === id)!
				.cells.map((segments) => segmentOn(segments, answers.today))
		);
		const details = side.locator('td > p:not(.meta)');
		expect(await details.count()).toBe(expected.length);
		const shown = await details.evaluateAll((ps) =>
			ps.map((p) => [p.textContent, p.getAttribute('lang') ?? ''])
		);
		// The table is dimension by dimension, the answers place by place.
		const dimensions = answers.dimensions.length;
		const byRow = expected.map((_, i) => expected[(i % 2) * dimensions + Math.floor(i / 2)]!);
		expect(shown).toEqual(byRow.map((s) => [s.detail, s.detailLang ?? '']));
		const { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2aa', 'wcag22aa'])
			.analyze();
		expect(violations.map((v) => v.id)).toEqual([]);
		await page.close();
	});

	it('explains an impossible date instead of failing', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl()}/compare/?date=2013-02-30`);
		await expect
			.poll(() => page.locator('[data-compare-problems]').textContent())
			.toContain('“2013-02-30” is not a date');
		await page.close();
	});
});
