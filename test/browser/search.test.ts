import type { Browser, BrowserContext, Page } from 'playwright-core';
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

async function open(path: string): Promise<{ page: Page; requests: string[] }> {
	const page = await context.newPage();
	const requests: string[] = [];
	page.on('request', (r) => requests.push(new URL(r.url()).pathname));
	await page.goto(`${baseUrl()}${path}`);
	return { page, requests };
}

describe('header search box', () => {
	it('loads no search code or index until the reader focuses it', async () => {
		const { page, requests } = await open('/compare/');
		await page.waitForLoadState('networkidle');
		expect(
			requests.filter((p) => /search-shards|search-client|search-combobox|search-worker/.test(p))
		).toEqual([]);
		await page.locator('#site-search-q').focus();
		await expect.poll(() => requests.some((p) => p === '/search-shards/head.json')).toBe(true);
		await page.close();
	});

	it('type → results → arrow keys → Enter lands on the right section', async () => {
		const { page } = await open('/');
		const box = page.locator('#site-search-q');
		await box.click();
		await box.pressSequentially('chicgo', { delay: 20 });
		await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
		// Each keystroke renders its own list; wait for the list of the whole word, not of "chic".
		await expect
			.poll(() => page.locator('[data-search-status]').first().textContent())
			.toMatch(/\d+ results? for “chicgo”/);
		const first = page.locator('#site-search-list [role="option"]').first();
		expect(await first.textContent()).toContain('Chicago');
		await box.press('ArrowDown');
		expect(await box.getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
		expect(await first.getAttribute('aria-selected')).toBe('true');
		await box.press('Enter');
		await page.waitForURL(/\/jurisdictions\/chicago\/$/);
		expect(await page.locator('h1').textContent()).toBe('Chicago');
		await page.close();
	});

	it('on a Spanish page speaks Spanish and opens the Spanish page of a result', async () => {
		const { page } = await open('/es/');
		const box = page.locator('#site-search-q');
		await box.click();
		await box.pressSequentially('orden judicial', { delay: 20 });
		await expect
			.poll(() => page.locator('[data-search-status]').first().textContent())
			.toMatch(/^\d+ resultados? para “orden judicial”\.$/);
		const options = page.locator('#site-search-list [role="option"]');
		expect(await options.first().locator('.search-type').textContent()).toBe('Glosario');
		expect(await options.last().textContent()).toBe(
			'Ver todos los resultados para “orden judicial”'
		);
		await box.press('ArrowDown');
		await box.press('Enter');
		await page.waitForURL(/\/es\/glossary\/#judicial-warrant$/);
		await page.close();
	});

	it('a policy hit lands on its card anchor; Escape closes the list', async () => {
		const { page } = await open('/');
		const box = page.locator('#site-search-q');
		await box.click();
		await box.fill('Rikers');
		await expect
			.poll(() => page.locator('#site-search-list [role="option"]').count())
			.toBeGreaterThan(1);
		await box.press('Escape');
		expect(await box.getAttribute('aria-expanded')).toBe('false');
		expect(await page.locator('#site-search-list').isHidden()).toBe(true);
		// The fuller answer that follows the first (once chunks load) must not reopen the list.
		await expect
			.poll(() => page.locator('[data-search-status]').first().textContent())
			.toMatch(/^\d+ results? for “Rikers”/);
		expect(await box.getAttribute('aria-expanded')).toBe('false');
		expect(await page.locator('#site-search-list').isHidden()).toBe(true);
		// ArrowDown reopens it.
		await box.press('ArrowDown');
		expect(await box.getAttribute('aria-expanded')).toBe('true');
		await box.press('Escape');
		await box.press('Enter');
		await page.waitForURL(/\/search\/\?q=Rikers$/);
		await expect.poll(() => page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
		await page.close();
	});

	it('renders hostile queries as text, never as markup', async () => {
		const { page } = await open('/');
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		page.on('dialog', (d) => {
			errors.push(`dialog: ${d.message()}`);
			void d.dismiss();
		});
		const box = page.locator('#site-search-q');
		await box.click();
		await box.fill('<img src=x onerror=alert(1)> chicago');
		await expect
			.poll(() => page.locator('#site-search-list [role="option"]').count())
			.toBeGreaterThan(0);
		expect(await page.locator('#site-search-list img').count()).toBe(0);
		await box.fill('x'.repeat(10_000));
		await box.fill('');
		// An empty box closes the list once the debounced update has run; wait for that, not a delay.
		await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('/search/ page', () => {
	it('shows results for ?q= on load, with the query in the box and the count announced', async () => {
		const { page } = await open('/search/?q=detainr');
		// The quick answer from places and questions is replaced once the query's shards are in.
		await page.locator('[data-search-results][aria-busy="false"]').waitFor();
		await expect.poll(() => page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
		expect(await page.locator('#search-page-q').inputValue()).toBe('detainr');
		expect(await page.locator('[data-search-status]').first().textContent()).toMatch(
			/results? for “detainr”/
		);
		expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
		const hrefs = await page
			.locator('[data-search-results] a')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain('/glossary/#detainer');
		await page.close();
	});

	it('moves nothing when results arrive after the first paint (no layout shift)', async () => {
		// Hold the page's scripts and every index fetch until the page has painted, as on a slow phone
		// at national scale, where the results come well after the first paint.
		const slow = await browser.newContext();
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		for (const held of ['**/search-shards/**', '**/_astro/*.js'])
			await slow.route(held, async (route) => {
				await gate;
				await route.continue();
			});
		const page = await slow.newPage();
		const blocked: string[] = [];
		page.on('console', (m) => {
			if (/Content.Security.Policy/i.test(m.text())) blocked.push(m.text());
		});
		// A query with few results: without room held for them, the footer would rise into view and
		// fall again. Not waiting for "load", which waits for the held scripts.
		await page.goto(`${baseUrl()}/search/?q=opso`, { waitUntil: 'commit' });
		await page.locator('footer').waitFor({ state: 'attached' });
		// Before any result: the A–Z lists are already hidden and the query is in the box.
		expect(await page.locator('[data-search-browse]').isHidden()).toBe(true);
		expect(await page.locator('#search-page-q').inputValue()).toBe('opso');
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
		release();
		await page.locator('[data-search-results][aria-busy="false"]').waitFor();
		expect(await page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
		const shift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					new PerformanceObserver((list) =>
						resolve(
							list
								.getEntries()
								.reduce(
									(sum, e) =>
										sum +
										((e as unknown as { hadRecentInput: boolean }).hadRecentInput
											? 0
											: (e as unknown as { value: number }).value),
									0
								)
						)
					).observe({ type: 'layout-shift', buffered: true });
					// No entry at all means nothing moved; the observer then never calls back.
					setTimeout(() => resolve(0), 1000);
				})
		);
		expect(shift).toBeLessThan(0.01);
		// The inline script ran under the site's policy, allowed by its hash.
		expect(blocked).toEqual([]);
		await slow.close();
	});

	it('drops a word that matches nothing, says so, and shows results for the rest', async () => {
		const { page } = await open('/search/?q=xyzzy%20chicago');
		// A quick answer from places comes first; the words are judged once every shard is in.
		await page.locator('[data-search-results][aria-busy="false"]').waitFor();
		await expect
			.poll(() => page.locator('[data-search-results] a').first().getAttribute('href'))
			.toBe('/jurisdictions/chicago/');
		expect(await page.locator('[data-search-status]').first().textContent()).toMatch(
			/^No results for “xyzzy”; showing \d+ results? for the other words of “xyzzy chicago”\.$/
		);
		await page.close();
	});

	it('answers a question typed in plain words with the place’s card first', async () => {
		const { page } = await open('/search/?q=does%20Philadelphia%20honor%20detainers');
		await page.locator('[data-search-results][aria-busy="false"]').waitFor();
		// Results are grouped by type, groups in the order of their best match: the card comes first.
		expect(await page.locator('[data-search-results] a').first().getAttribute('href')).toBe(
			'/jurisdictions/philadelphia/#policy-detainers'
		);
		await page.close();
	});

	it('on /es/search/ finds Spanish words, speaks Spanish and links the Spanish pages', async () => {
		const { page } = await open('/es/search/?q=orden%20judicial');
		await page.locator('[data-search-results][aria-busy="false"]').waitFor();
		const first = page.locator('[data-search-results] a').first();
		expect(await first.getAttribute('href')).toBe('/es/glossary/#judicial-warrant');
		expect(await first.locator('.search-title').textContent()).toBe('Orden judicial');
		expect(await first.locator('.search-type').textContent()).toBe('Glosario');
		expect(await page.locator('[data-search-status]').first().textContent()).toMatch(
			/^\d+ resultados? para “orden judicial”\.$/
		);
		expect(await page.locator('[data-search-results] h2').first().textContent()).toMatch(
			/^Glosario \(\d+\)$/
		);
		await page.close();
		const { page: card } = await open('/es/search/?q=Filadelfia%20solicitudes%20de%20retencion');
		await card.locator('[data-search-results][aria-busy="false"]').waitFor();
		const top = card.locator('[data-search-results] a').first();
		expect(await top.getAttribute('href')).toMatch(
			/\/jurisdictions\/philadelphia\/#policy-detainers$/
		);
		expect(await top.locator('.search-title').textContent()).toBe(
			'Filadelfia: Solicitudes de retención'
		);
		await card.close();
	});

	it('keeps the query in the URL as the reader types, and the back button restores it', async () => {
		const { page } = await open('/search/');
		await page.locator('#search-page-q').fill('nola');
		await page.locator('#search-page-q').press('Enter');
		await page.waitForURL(/q=nola/);
		await page.locator('#search-page-q').fill('philly');
		await page.locator('#search-page-q').press('Enter');
		await page.waitForURL(/q=philly/);
		await page.goBack();
		await page.waitForURL(/q=nola/);
		await expect.poll(() => page.locator('#search-page-q').inputValue()).toBe('nola');
		await expect
			.poll(() => page.locator('[data-search-results] a').first().getAttribute('href'))
			.toBe('/jurisdictions/new-orleans/');
		await page.close();
	});

	it('without JavaScript offers an A–Z list of jurisdictions, policies and glossary terms', async () => {
		const noJs = await browser.newContext({ javaScriptEnabled: false });
		const page = await noJs.newPage();
		await page.goto(`${baseUrl()}/search/?q=chicago`);
		expect(
			await page.locator('[data-search-browse] a[href="/jurisdictions/chicago/"]').count()
		).toBe(1);
		expect(await page.locator('[data-search-browse] a[href^="/policies/"]').count()).toBe(9);
		expect(
			await page.locator('[data-search-browse] a[href^="/glossary/#"]').count()
		).toBeGreaterThan(5);
		await noJs.close();
	});

	it('has no axe violations with results shown and the header list open', async () => {
		const { page } = await open('/search/?q=chicago');
		await expect.poll(() => page.locator('[data-search-results] a').count()).toBeGreaterThan(0);
		let { violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
			.analyze();
		expect(violations.map((v) => v.id)).toEqual([]);
		await page.goto(`${baseUrl()}/`);
		await page.locator('#site-search-q').fill('cook');
		await expect
			.poll(() => page.locator('#site-search-list [role="option"]').count())
			.toBeGreaterThan(0);
		({ violations } = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
			.analyze());
		expect(violations.map((v) => v.id)).toEqual([]);
		await page.close();
	});
});
