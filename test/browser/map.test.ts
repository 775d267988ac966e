import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser } from '../support/browser';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('content');

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

async function open(path: string): Promise<Page> {
	const page = await browser.newPage();
	const response = await page.goto(`${baseUrl()}${path}`);
	expect(response?.status(), path).toBe(200);
	return page;
}

describe('the map in Chromium', () => {
	it.each(dataset.dimensions.map((d) => d.id))(
		'/map/%s/ shows a legend in the dimension’s words and one table row per jurisdiction',
		async (id) => {
			const dimension = dataset.dimensions.find((d) => d.id === id)!;
			const page = await open(`/map/${id}/`);
			// A group, not an image: its places are links a keyboard can reach.
			const svg = page.locator('.map-scroll svg[role="group"]');
			expect(await svg.locator('#map-title').textContent()).toContain(dimension.data.title);
			const states = dataset.jurisdictions.filter((j) => j.data.kind === 'state').length;
			expect(await svg.locator('path.map-state').count()).toBe(states);
			expect(
				await svg.locator('circle.map-marker, rect.map-marker, polygon.map-marker').count()
			).toBe(dataset.jurisdictions.length - states);
			// Every place is named on the map: beside its marker, on its state, or on hover and focus.
			const names = await svg.locator('text.map-label').allTextContents();
			expect(names).toHaveLength(dataset.jurisdictions.length);
			const labels = await page.locator('.map-legend .legend-label').allTextContents();
			expect(labels).toEqual(dimension.data.values.map((v) => v.label));
			const counts = await page.locator('.map-legend .meta').allTextContents();
			const total = counts.reduce((sum, text) => sum + Number(/\((\d+) /.exec(text)![1]), 0);
			expect(total).toBe(dataset.jurisdictions.length);
			const rows = page.locator('table tbody tr');
			expect(await rows.count()).toBe(dataset.jurisdictions.length);
			const first = await rows.first().locator('th a').getAttribute('href');
			expect(first).toMatch(new RegExp(`^/jurisdictions/[a-z0-9-]+/#policy-${id}$`));
			await page.close();
		}
	);

	it('shows a hidden name when its marker is focused', async () => {
		const page = await open('/map/detainers/');
		const hidden = page.locator('.map-place:has(text.map-label-on-focus)');
		if ((await hidden.count()) > 0) {
			const label = hidden.first().locator('text.map-label-on-focus');
			expect(await label.isVisible()).toBe(false);
			await hidden.first().focus();
			expect(await label.isVisible()).toBe(true);
		}
		const title = await page.locator('.map-place title').first().textContent();
		expect(title).toMatch(/^.+: .+$/);
		await page.close();
	});

	it('/map/ shows the detainers map and links to every dimension’s map', async () => {
		const page = await open('/map/');
		expect(await page.locator('h1').textContent()).toContain('detainers');
		for (const d of dataset.dimensions) {
			expect(await page.locator(`.map-dimensions a[href="/map/${d.id}/"]`).count(), d.id).toBe(1);
		}
		await page.getByRole('link', { name: 'Map', exact: true }).first().click();
		expect(page.url()).toMatch(/\/map\/$/);
		await page.close();
	});

	it('a jurisdiction with statistics shows a chart with a text alternative above its table', async () => {
		const page = await open('/jurisdictions/new-york-city/');
		const chart = page.locator('#statistics ~ .detainer-chart svg[role="img"]');
		expect(await chart.count()).toBe(1);
		expect(await chart.locator('desc').textContent()).toContain('NYPD');
		expect(await page.locator('.detainer-chart rect.chart-bar').count()).toBeGreaterThan(0);
		await page.close();
	});

	it.each(['/map/detainers/', '/jurisdictions/new-york-city/'])(
		'%s has no axe violations (WCAG 2.2 A/AA), light and dark',
		async (path) => {
			for (const colorScheme of ['light', 'dark'] as const) {
				const context = await browser.newContext({ colorScheme });
				const page = await context.newPage();
				await page.goto(`${baseUrl()}${path}`);
				const { violations } = await new AxeBuilder({ page })
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
					.analyze();
				const summary = violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target}`);
				expect(summary, colorScheme).toEqual([]);
				await context.close();
			}
		}
	);
});
