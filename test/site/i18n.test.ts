import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, page, requireDist } from '../support/dist';
import config from '../../astro.config.mjs';

beforeAll(requireDist);

const site = config.site!;
/** The URL path of a built HTML file, e.g. `es/about/index.html` → `/es/about/`. */
const pathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const exists = (path: string) => existsSync(join(DIST, path, 'index.html'));
/** The hreflang alternates of a page: language → absolute URL. */
function alternates(html: string): Map<string, string> {
	return new Map(
		[...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [
			m[1]!,
			m[2]!,
		])
	);
}

describe('the Spanish edition in dist/', () => {
	const files = htmlFiles().filter((f) => !f.startsWith('og/'));
	const spanish = files.filter((f) => f.startsWith('es/'));

	it('has a Spanish page for each translated page type, all in the validators’ file list', () => {
		// html-and-links.test.ts validates and link-checks every file htmlFiles() lists.
		for (const path of [
			'es/index.html',
			'es/about/index.html',
			'es/policies/index.html',
			'es/policies/detainers/index.html',
			'es/glossary/index.html',
			'es/search/index.html',
		])
			expect(spanish).toContain(path);
		const english = files.filter((f) => f.startsWith('policies/') && f !== 'policies/index.html');
		expect(spanish.filter((f) => f.startsWith('es/policies/')).length).toBe(english.length + 1);
	});

	it('sets <html lang> to the page’s language', () => {
		for (const file of files) {
			const lang = /<html lang="([^"]+)"/.exec(page(`/${file}`))?.[1];
			expect(lang, file).toBe(file.startsWith('es/') ? 'es' : 'en');
		}
	});

	it('pairs every hreflang alternate both ways, with x-default on the English page', () => {
		let pairs = 0;
		for (const file of files) {
			const own = alternates(page(`/${file}`));
			if (own.size === 0) continue;
			const self = new URL(pathOf(file), site).href;
			expect([...own.keys()].sort(), file).toEqual(['en', 'es', 'x-default']);
			expect(own.get('x-default'), file).toBe(own.get('en'));
			expect(own.get(file.startsWith('es/') ? 'es' : 'en'), file).toBe(self);
			for (const lang of ['en', 'es']) {
				const target = new URL(own.get(lang)!).pathname;
				expect(exists(target), `${file} → ${target}`).toBe(true);
				expect(alternates(page(target)).get(file.startsWith('es/') ? 'es' : 'en')).toBe(self);
			}
			pairs++;
		}
		expect(pairs).toBeGreaterThanOrEqual(2 * 14);
	});

	it('gives every page a language switcher that opens a built page', () => {
		for (const file of files) {
			if (file === '404.html' || file.startsWith('embed/')) continue;
			const href = /<a class="language-switch" href="([^"]+)"/.exec(page(`/${file}`))?.[1];
			expect(href, file).toBeDefined();
			expect(exists(href!), `${file} → ${href}`).toBe(true);
			// A translated page's switcher opens its counterpart, not just the other home page.
			if (alternates(page(`/${file}`)).size > 0) {
				const path = pathOf(file);
				expect(href, file).toBe(path.startsWith('/es/') ? path.slice(3) : `/es${path}`);
			}
		}
	});

	it('says on every Spanish page that the English text is authoritative, and links it', () => {
		for (const file of spanish) {
			const html = page(`/${file}`);
			const note = /<p class="note translation-note">([\s\S]*?)<\/p>/.exec(html)?.[1];
			expect(note, file).toContain('el texto en inglés es el que tiene validez');
			expect(note, file).toContain(`href="${pathOf(file).slice(3)}"`);
		}
	});

	it('words dates in Spanish on Spanish pages', () => {
		const html = page('/es/');
		expect(html).toMatch(
			/\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}/
		);
		expect(html).not.toMatch(
			/(January|February|March|April|June|July|August|September|October|November|December) \d{1,2}, \d{4}/
		);
	});
});
