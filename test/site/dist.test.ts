import { createHash } from 'node:crypto';
import { describe, expect, it, beforeAll } from 'vitest';
import { frontmatterCitations } from '../../src/lib/citations';
import {
	localeUrl,
	policyPageUrl,
	publisherAnchor,
	sourceAnchor,
	sourcePageUrl,
	sourcesIndexUrl,
	sourcesKindUrl,
} from '../../src/lib/urls';
import { bodyCitations } from '../../src/lib/validate-dataset';
import { eventsFor } from '../../src/lib/timeline';
import { loadContent } from '../support/load-content';
import { htmlFiles, idsIn, page, requireDist } from '../support/dist';

const { dataset } = loadContent('content');

beforeAll(requireDist);

describe('the built site', () => {
	it('has a page for every jurisdiction, dimension and fixed section', () => {
		const files = new Set(htmlFiles());
		for (const j of dataset.jurisdictions)
			expect(files).toContain(`jurisdictions/${j.id}/index.html`);
		for (const d of dataset.dimensions) expect(files).toContain(`policies/${d.id}/index.html`);
		for (const p of [
			'index.html',
			'compare/index.html',
			'sources/index.html',
			'glossary/index.html',
			'about/index.html',
			'timeline/index.html',
			'jurisdictions/index.html',
		]) {
			expect(files).toContain(p);
		}
	});

	it('holds every jurisdiction × dimension in the comparison table, each cell linking to its detail', () => {
		const html = page('/compare/');
		for (const j of dataset.jurisdictions) {
			const row = new RegExp(`<tr id="row-${j.id}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1];
			expect(row, `row for ${j.id}`).toBeDefined();
			for (const d of dataset.dimensions) {
				expect(row).toContain(`href="/jurisdictions/${j.id}/#policy-${d.id}"`);
			}
			// The row header reads "County, IL": a line break in the markup once became "County , IL".
			expect(row, `row for ${j.id}`).not.toMatch(/\s,/);
		}
		expect(html).toMatch(/<caption>/);
		expect(html.match(/<th scope="col"/g)?.length).toBe(dataset.dimensions.length + 1);
	});

	it('lists, on each jurisdiction page, every source that page cites, and every citation link resolves', () => {
		for (const j of dataset.jurisdictions) {
			const html = page(`/jurisdictions/${j.id}/`);
			const ids = new Set(idsIn(html));
			const cited = new Set([
				...frontmatterCitations(j.data).map((c) => c.source),
				...bodyCitations(j.body ?? ''),
				...eventsFor(j.id, dataset.events).flatMap((e) => e.data.sources.map((c) => c.source)),
			]);
			for (const source of cited)
				expect(ids, `${j.id} lists ${source}`).toContain(sourceAnchor(source));
			for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) {
				expect(ids, `${j.id}: #${target}`).toContain(target);
			}
			for (const d of dataset.dimensions) expect(ids).toContain(`policy-${d.id}`);
		}
	});

	it.each(['en', 'es'] as const)(
		"lists every source on its kind and letter page, under its publisher, reachable from the sources index through its kind's directory (%s)",
		(locale) => {
			const index = page(sourcesIndexUrl(locale));
			for (const s of dataset.sources) {
				const [path, anchor] = sourcePageUrl({ id: s.id, ...s.data }, locale).split('#');
				const kindPage = sourcesKindUrl(s.data.kind, locale);
				expect(index, s.id).toContain(`href="${kindPage}"`);
				expect(page(kindPage), s.id).toContain(
					`href="${path}#${publisherAnchor(s.data.publisher)}"`
				);
				const letterPage = page(path!);
				expect(idsIn(letterPage), s.id).toContain(anchor);
				expect(idsIn(letterPage), s.id).toContain(publisherAnchor(s.data.publisher));
			}
		}
	);

	it.each(['en', 'es'] as const)(
		"links each timeline event's sources to their entries on the sources pages in the page's language, not to a list on the timeline (%s)",
		(locale) => {
			const html = page(localeUrl('/timeline/', locale));
			expect(idsIn(html)).not.toContain('sources');
			for (const e of dataset.events) {
				const item = new RegExp(`<li id="event-${e.id}"[\\s\\S]*?</li>`).exec(html)?.[0];
				expect(item, e.id).toBeDefined();
				for (const { source } of e.data.sources) {
					const { data } = dataset.sources.find((s) => s.id === source)!;
					expect(item, `${e.id} cites ${source}`).toContain(
						`href="${sourcePageUrl({ id: source, ...data }, locale)}"`
					);
				}
			}
		}
	);

	it.each(['en', 'es'] as const)(
		"links a question page's citations to the sources pages in the page's language, so the page does not grow with the bibliography (%s)",
		(locale) => {
			for (const d of dataset.dimensions) {
				const html = page(policyPageUrl(d.id, locale));
				expect(idsIn(html), d.id).not.toContain('sources');
				const cited = [
					...html.matchAll(/<span class="citations"[^>]*>((?:(?!<\/span>)[\s\S])*)<\/span>/g),
				].flatMap(([, inner]) => [...inner!.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!));
				expect(cited.length, d.id).toBeGreaterThan(0);
				for (const href of cited)
					expect(href, d.id).toMatch(
						new RegExp(`^${localeUrl('/sources/', locale)}[a-z-]+/[a-z0-9-]+/#source-`)
					);
			}
		}
	);

	it('prints citation lists without a space before the full stop that follows them', () => {
		for (const path of [
			'/glossary/',
			'/es/glossary/',
			'/jurisdictions/chicago/',
			'/timeline/',
			'/es/timeline/',
		]) {
			const lists = [
				...page(path).matchAll(/<span class="citations"[^>]*>((?:(?!<\/span>)[\s\S])*)<\/span>/g),
			];
			expect(lists.length, path).toBeGreaterThan(0);
			for (const [, inner] of lists) expect(inner, path).toBe(inner!.trim());
		}
	});

	it('shows no terminology reference unfilled: `[[term]]` is for translators, never for readers', () => {
		for (const file of htmlFiles()) expect(page(`/${file}`), file).not.toContain('[[');
	});

	it('ships no script but the search loader, no inline script but the search page’s hashed one, and loads nothing from another origin', () => {
		for (const file of htmlFiles()) {
			const html = page(`/${file}`);
			const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
			const searchPage = /^(es\/)?search\/index\.html$/.test(file);
			for (const [tag, inline] of scripts) {
				if (inline!.trim() !== '') {
					// One inline script only: the search page's, which must run while the page is parsed
					// (it hides the A–Z lists before the first paint). The page's policy names its hash.
					expect(searchPage, `${file}: inline script`).toBe(true);
					const hash = createHash('sha256').update(inline!).digest('base64');
					expect(html, `${file}: policy allows its inline script`).toContain(`'sha256-${hash}'`);
					continue;
				}
				expect(tag, file).toMatch(/src="\/_astro\/[\w-]+\.astro_astro_type_script[\w.-]*\.js"/);
			}
			// Pages carry the search loader and the language switcher's query keeper; /search/ swaps the
			// loader for its own script and adds its first-paint one; /timeline/, /compare/ (in both
			// languages) and the 287(g) list maps add their enhancements; embeds, made for other sites'
			// frames, carry none.
			const expected = /^(es\/)?embed\//.test(file)
				? 0
				: [
							'timeline/index.html',
							'es/timeline/index.html',
							'compare/index.html',
							'es/compare/index.html',
					  ].includes(file) ||
					  /^(es\/)?ice-287g\/(index\.html|lists\/\d{4}-\d{2}-\d{2}\/)/.test(file) ||
					  searchPage
					? 3
					: 2;
			expect(scripts.length, file).toBe(expected);
			// rel="canonical" and the hreflang alternates name this site's addresses and load nothing,
			// so they may be absolute.
			const loading = html.replace(/<link rel="(canonical|alternate)"[^>]*>/g, '');
			expect(loading, file).not.toMatch(
				/<(link|img|iframe|source)[^>]+(href|src)="(https?:)?\/\//i
			);
		}
	});

	it('gives every external link rel="noopener noreferrer"', () => {
		for (const file of htmlFiles()) {
			for (const [tag] of page(`/${file}`).matchAll(/<a [^>]*href="https?:[^>]*>/g)) {
				expect(tag, file).toMatch(
					/rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/
				);
			}
		}
	});

	it('never repeats an id on a page', () => {
		for (const file of htmlFiles()) {
			const ids = idsIn(page(`/${file}`));
			const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
			expect(dupes, file).toEqual([]);
		}
	});
});
