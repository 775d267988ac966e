import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, page, requireDist } from '../support/dist';
import config from '../../astro.config.mjs';
import { fillTerms } from '../../src/lib/i18n/terms';
import type { Terms } from '../../src/schemas/i18n';
import { counterpartUrl } from '../../src/lib/urls';

/** How many times `part` occurs in `text`. */
const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** A page's visible text: tags dropped, entities decoded, white space collapsed. */
function plainText(html: string): string {
	return html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}

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

/** The words a page hands its script (`data-strings`), as key → text. */
function dataStrings(html: string): Record<string, string> {
	const attribute = /data-strings="([^"]*)"/.exec(html)![1]!;
	return JSON.parse(attribute.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Record<
		string,
		string
	>;
}

/** Every English string of the Spanish edition's string tables that differs from its Spanish. */
function englishChrome(): { key: string; en: string }[] {
	const dir = 'content/i18n/es';
	const tables = [
		join(dir, 'ui.yaml'),
		...readdirSync(join(dir, 'pages')).map((name) => join(dir, 'pages', name)),
	];
	return tables.flatMap((file) =>
		Object.entries(parse(readFileSync(file, 'utf8')) as Record<string, { en: string; es: string }>)
			.filter(([, pair]) => pair.en !== pair.es)
			.map(([key, pair]) => ({ key: `${file} → ${key}`, en: pair.en }))
	);
}

/**
 * What a reader of a Spanish page gets in Spanish, as its pieces of text: each text node (split at
 * " · ", which joins labels) and each label (aria-label, title, placeholder, alt), without scripts
 * and without the parts marked lang="en" (coded details, document titles, the link to the English
 * page).
 */
function spanishPieces(html: string): string[] {
	let rest = html
		.replace(/<script[\s\S]*?<\/script>/g, ' ')
		.replace(/<style[\s\S]*?<\/style>/g, ' ')
		.replace(/<head>[\s\S]*?<\/head>/, ' ');
	// Innermost first, so an English element inside another element is removed whole.
	for (let before = ''; before !== rest;) {
		before = rest;
		rest = rest.replace(/<(\w+)\b[^>]*\slang="en"[^>]*>(?:(?!<\1\b)[\s\S])*?<\/\1>/g, ' ');
	}
	const labels = [...rest.matchAll(/\s(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map(
		(m) => m[1]!
	);
	return [...rest.split(/<[^>]+>/), ...labels]
		.flatMap((piece) => piece.split(' · '))
		.map((piece) =>
			piece
				.replace(/&#39;/g, "'")
				.replace(/&quot;/g, '"')
				.replace(/&amp;/g, '&')
				.replace(/\s+/g, ' ')
				.trim()
		)
		.filter(Boolean);
}

/**
 * The chrome strings a Spanish page shows in English: each table string's longest stretch of fixed
 * text (placeholders cut out). A short label (up to three words: "Court ruling", "Sort rows by") must
 * be a whole piece of text, as labels are, so it is not confused with the same words inside an
 * English quotation; a longer stretch counts wherever it appears as whole words. Single words
 * ("Date", "Kind") could be a place or document name and are not checked.
 */
function untranslated(html: string, chrome: { key: string; en: string }[]): string[] {
	const pieces = spanishPieces(html);
	const text = pieces.join(' \n ');
	return chrome.flatMap(({ key, en }) => {
		const fixed = en
			.split(/\{\w+\}|\[\[[^\]]+\]\]/)
			.map((part) => part.trim())
			.sort((a, b) => b.length - a.length)[0]!;
		const words = fixed.split(' ').length;
		if (words < 2) return [];
		const escaped = fixed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const found =
			words <= 3 ? pieces.includes(fixed) : new RegExp(`(^|\\W)${escaped}($|\\W)`).test(text);
		return found ? [`${key}: “${fixed}”`] : [];
	});
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
			'es/compare/index.html',
			'es/compare/list/doj-2025-08-list/index.html',
			'es/compare/as-of/2013/index.html',
			'es/data/index.html',
			'es/map/index.html',
			'es/map/detainers/index.html',
			'es/jurisdictions/index.html',
			'es/jurisdictions/chicago/index.html',
			'es/timeline/index.html',
			'es/sources/index.html',
			'es/sources/news-report/index.html',
			'es/sources/news-report/n/index.html',
			'es/changes/index.html',
			'es/corrections/index.html',
			'es/embed/compare/index.html',
			'es/embed/jurisdictions/chicago/index.html',
			'es/ice-287g/index.html',
			'es/ice-287g/data/index.html',
			'es/ice-287g/unplaced/index.html',
			'es/ice-287g/lists/2026-05-18/index.html',
			'es/ice-287g/lists/pending-2025-07-18/index.html',
			'es/ice-287g/states/tx/index.html',
		])
			expect(spanish).toContain(path);
		const english = files.filter((f) => f.startsWith('policies/') && f !== 'policies/index.html');
		expect(spanish.filter((f) => f.startsWith('es/policies/')).length).toBe(english.length + 1);
		// Every comparison and map page (state, list, as-of and dimension pages included) has its
		// Spanish counterpart.
		const paired = files.filter((f) =>
			/^(compare|map|changes|corrections|embed|ice-287g)\//.test(f)
		);
		expect(paired.length).toBeGreaterThan(110 + 50);
		for (const file of paired) expect(spanish, file).toContain(`es/${file}`);
	});

	it('gives every sources page a Spanish counterpart: Spanish chrome and dates, titles and publishers marked English', () => {
		const english = files.filter((f) => f.startsWith('sources/'));
		expect(english.length).toBeGreaterThan(100);
		for (const file of english) expect(spanish, file).toContain(`es/${file}`);
		expect(page('/es/sources/')).toMatch(
			/<h1>Fuentes<\/h1>\s*<p class="lede">[\d,]+ documentos por tipo/
		);
		expect(page('/es/sources/')).toContain('href="/es/sources/news-report/"');
		expect(page('/es/sources/news-report/')).toMatch(/<h1>Fuentes: Noticia<\/h1>/);
		const html = page('/es/sources/news-report/n/');
		expect(html).toContain('<h1>Fuentes: Noticia, letra N</h1>');
		expect(html).toContain(
			'<a href="/es/sources/news-report/">Todos los editores de este tipo</a>'
		);
		// Each publisher's heading and name in an entry stay as written, marked English.
		const headings = [...html.matchAll(/<h2 id="publisher-[^"]+">([\s\S]*?)<\/h2>/g)];
		expect(headings.length).toBeGreaterThan(3);
		for (const [, inner] of headings)
			expect(inner!.trim()).toMatch(/^<span lang="en">[^<]+<\/span>$/);
		const entries = [...html.matchAll(/<li id="source-[\s\S]*?<\/li>/g)].map((m) => m[0]);
		expect(entries.length).toBeGreaterThan(20);
		for (const entry of entries) {
			expect(entry).toMatch(
				/rel="noopener noreferrer external" lang="en">[^<]+<\/a>\. <span lang="en">[^<]+<\/span>, <time/
			);
			expect(entry).toMatch(/Comprobada el \d{1,2} de \w+ de \d{4}\./);
			expect(entry).toMatch(
				/<span class="tag"[^>]*>Noticia · (Informe secundario|Copia o reproducción)<\/span>/
			);
		}
	});

	it('links a source’s citing pages on the Spanish sources pages to the Spanish pages, by Spanish name', () => {
		const cited = spanish
			.filter((f) => f.startsWith('es/sources/'))
			.flatMap((file) =>
				[...page(`/${file}`).matchAll(/Citada en: ([\s\S]*?)\.<\/span>/g)].flatMap(([, list]) =>
					[...list!.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({
						href: m[1]!,
						label: m[2]!,
					}))
				)
			);
		expect(cited.length).toBeGreaterThan(1000);
		for (const { href } of cited)
			expect(href).toMatch(/^\/es\/(jurisdictions\/[a-z0-9-]+|timeline|glossary|about)\/$/);
		expect(cited).toContainEqual({ href: '/es/jurisdictions/philadelphia/', label: 'Filadelfia' });
		expect(cited).toContainEqual({ href: '/es/timeline/', label: 'Cronología' });
		// The English sources pages keep the English pages and names.
		const english = [
			...page('/sources/news-report/n/').matchAll(/Cited on: ([\s\S]*?)\.<\/span>/g),
		];
		expect(english.length).toBeGreaterThan(20);
		for (const [, list] of english) expect(list).not.toContain('href="/es/');
		// A document in Spanish is marked Spanish on English pages, not English on Spanish ones.
		const title =
			/<a href="http:\/\/impulsonews\.net[^"]*" rel="noopener noreferrer external"( lang="es")?>/;
		expect(title.exec(page('/es/sources/news-report/i/'))?.[1]).toBeUndefined();
		expect(title.exec(page('/sources/news-report/i/'))?.[1]).toBe(' lang="es"');
	});

	it('shows no chrome string in English on any Spanish page', () => {
		const chrome = englishChrome();
		expect(chrome.length).toBeGreaterThan(100);
		expect(spanish.length).toBeGreaterThan(50);
		const found = spanish.flatMap((file) =>
			untranslated(page(`/${file}`), chrome).map((problem) => `${file} → ${problem}`)
		);
		expect(found).toEqual([]);
	});

	it('catches a chrome string left in English (the check above can fail)', () => {
		const html =
			'<main><p>Show the table as of another date</p><p lang="en">Compare all jurisdictions</p></main>';
		expect(untranslated(html, englishChrome())).toEqual([
			'content/i18n/es/pages/compare.yaml → as-of-nav.label: “Show the table as of another date”',
		]);
	});

	it('explains every download column in Spanish on /es/data/, linking the same files', () => {
		const english = page('/data/');
		const spanish = page('/es/data/');
		const rows = (html: string) => [...html.matchAll(/<tr id="(column-[^"]+)">/g)].map((m) => m[1]);
		expect(rows(spanish)).toEqual(rows(english));
		expect(rows(spanish).length).toBeGreaterThan(80);
		const files = (html: string) => [...html.matchAll(/href="(\/data\/[^"]+)"/g)].map((m) => m[1]);
		expect(files(spanish)).toEqual(files(english));
		expect(spanish).toContain('Identificadores de los documentos en los que se basa el valor');
		// The outside bodies' own list meanings stay in English, marked so.
		expect(spanish).toMatch(/<span lang="en">[^<]*Inspector General/);
	});

	it('draws the Spanish maps with a Spanish legend, description, marker titles and table', () => {
		const html = page('/es/map/detainers/');
		expect(html).toContain('<h2 id="legend">Leyenda</h2>');
		expect(html).toMatch(/<desc id="map-desc">\s*Estados con página propia sombreados/);
		expect(html).toMatch(
			/<span class="legend-label">No se atienden<\/span>\s*<span class="meta">\(\d+ jurisdicciones: /
		);
		// Marker titles carry the Spanish place name and value; the table the Spanish kind and state.
		expect(html).toContain(
			'<title>Filadelfia: Solo con orden judicial, en casos enumerados</title>'
		);
		expect(html).toMatch(/<td>Ciudad y condado consolidados<\/td>\s*<td>Pensilvania<\/td>/);
		// Each question's map links the Spanish maps of the others.
		expect(html).toContain('href="/es/map/state-law/"');
		expect(page('/map/detainers/')).toContain('<title>Philadelphia: ');
	});

	it('lists every jurisdiction on /es/jurisdictions/, untranslated summaries marked English', () => {
		const html = page('/es/jurisdictions/');
		const cards = (text: string) => [...text.matchAll(/<li class="card"/g)].length;
		expect(cards(html)).toBe(cards(page('/jurisdictions/')));
		expect(cards(html)).toBeGreaterThan(50);
		// A summary is Spanish only where a translation file exists; every other one is marked English.
		const translated = existsSync('content/i18n/es/jurisdictions')
			? readdirSync('content/i18n/es/jurisdictions').filter((f) => f.endsWith('.yaml')).length
			: 0;
		const marked = [...html.matchAll(/<p lang="en"[^>]*>/g)].length;
		expect(marked).toBeGreaterThanOrEqual(cards(html) - translated);
		expect(marked).toBeLessThanOrEqual(cards(html));
		expect(html).toMatch(
			/<a href="\/es\/jurisdictions\/philadelphia\/"[^>]*>\s*Filadelfia\s*<\/a>/
		);
		expect(html).toMatch(/Ciudad y condado consolidados, PA · revisada el \d{1,2} de \w+ de \d{4}/);
	});

	it('gives every jurisdiction a Spanish page in Spanish chrome, linked from the Spanish views', () => {
		const english = readdirSync(join(DIST, 'jurisdictions'), { withFileTypes: true }).filter((d) =>
			d.isDirectory()
		);
		expect(english.length).toBeGreaterThan(50);
		for (const { name } of english) expect(exists(`es/jurisdictions/${name}/`), name).toBe(true);
		const html = page('/es/jurisdictions/chicago/');
		expect(html).toContain('<h2 id="answers">Las respuestas de un vistazo</h2>');
		expect(html).toContain(
			'<h2 id="who-decides">Quién decide qué ocurre después de un arresto</h2>'
		);
		// The answers carry the dimensions' Spanish labels and Spanish dates.
		expect(html).toMatch(/data-value="not-honoured">\s*No se atienden\s*<\/span>/);
		expect(html).toMatch(
			/desde el\s+<time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} de \w+ de \d{4}<\/time>/
		);
		// The background stays English, marked, under a Spanish note linking the English page.
		expect(html).toMatch(/<div lang="en">\s*<h3/);
		expect(html).toContain('<a href="/jurisdictions/chicago/#background" hreflang="en">');
		// The Spanish comparison, maps and question pages link the Spanish jurisdiction pages.
		expect(page('/es/compare/')).toContain('href="/es/jurisdictions/chicago/"');
		expect(page('/es/map/detainers/')).toContain(
			'href="/es/jurisdictions/chicago/#policy-detainers"'
		);
		expect(page('/es/policies/detainers/')).toContain(
			'href="/es/jurisdictions/chicago/#policy-detainers"'
		);
		expect(page('/compare/')).not.toContain('href="/es/jurisdictions/');
	});

	it('words the timeline’s chrome, filter, kinds and dates in Spanish, untranslated events marked', () => {
		const html = page('/es/timeline/');
		// The page's scoped style marks its elements with a data-astro-cid attribute.
		expect(html).toMatch(/<h1[^>]*>Cronología<\/h1>/);
		expect(html).toMatch(/<option value=""[^>]*>Todas las jurisdicciones<\/option>/);
		expect(html).toMatch(/<option value="court-ruling"[^>]*>Fallo judicial<\/option>/);
		expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} de \w+ de \d{4}<\/time>/);
		const events = [...html.matchAll(/<li id="event-/g)].length;
		expect(events).toBe([...page('/timeline/').matchAll(/<li id="event-/g)].length);
		// Each event's title and summary is Spanish where translated, else English, marked.
		const spanish = [...html.matchAll(/<li id="event-[\s\S]*?<\/li>/g)].map((m) => m[0]);
		for (const li of spanish) {
			const english = (li.match(/<span lang="en">/g) ?? []).length;
			expect(english).toBe((li.match(/\(en inglés: aún sin traducir\)/g) ?? []).length);
		}
		const strings = dataStrings(html);
		expect(strings['shown']).toBe('Se muestran {shown} de {total} hechos.');
		expect(page('/es/jurisdictions/chicago/')).toContain('<a href="/es/timeline/">');
		expect(html).toMatch(/<a href="\/es\/sources\/"[^>]*>páginas de fuentes<\/a>/);
	});

	it('words the 287(g) pages in Spanish, ICE’s agency names marked English, links Spanish', () => {
		const map = page('/es/ice-287g/lists/2026-05-18/');
		expect(map).toMatch(
			/<h2 id="map-heading"[^>]*>Condados con un acuerdo 287\(g\), según la lista de ICE del 18 de mayo de 2026<\/h2>/
		);
		// The shared county shapes carry no words; the page's title and description are Spanish.
		expect(map).toMatch(/<desc id="ice-map-desc"[^>]*>Condados sombreados: \d+, /);
		expect(map).toContain('data-template="Se muestra la lista del {day}."');
		expect(map).toMatch(
			/<option value="\/es\/ice-287g\/lists\/2021-01-13\/"[^>]*>\s*13 de enero de 2021/
		);
		expect(map).toMatch(/modelo de cárcel \(JEM\): [\d,]+, agente de ejecución de órdenes \(WSO\)/);
		expect(map).toMatch(/<td lang="en"[^>]*>[^<]*Sheriff/);
		// Counted the same as the English page: one shaded county per county, no more.
		const shaded = (html: string) => html.match(/class="ice-county"/g)?.length;
		expect(shaded(map)).toBe(shaded(page('/ice-287g/lists/2026-05-18/')));
		const texas = page('/es/ice-287g/states/tx/');
		expect(texas).toContain('<h1>Acuerdos 287(g) en Texas</h1>');
		expect(texas).toMatch(
			/<abbr title="modelo de grupo de trabajo \(Task Force Model\)">TFM<\/abbr>/
		);
		expect(texas).toMatch(/<th scope="row">\s*<span lang="en">[^<]+<\/span>/);
		expect(texas).toContain('id="county-48201"');
		expect(page('/es/ice-287g/states/la/')).toContain('<h1>Acuerdos 287(g) en Luisiana</h1>');
		// Every link from a Spanish 287(g) page to a page that has a Spanish counterpart is Spanish.
		for (const path of ['/es/ice-287g/', '/es/ice-287g/states/tx/', '/es/ice-287g/data/']) {
			// Links marked hreflang="en" (the switcher, the note linking the English original) go to
			// English on purpose; every other link to a page published in Spanish must be Spanish.
			const links = [...page(path).matchAll(/<a ([^>]*)>/g)]
				.map((m) => m[1]!)
				.filter((attributes) => !attributes.includes('hreflang='))
				.map((attributes) => /href="(\/[^"#]*)/.exec(attributes)?.[1])
				.filter((href): href is string => !!href);
			expect(links.length, path).toBeGreaterThan(5);
			const english = links.filter(
				(href) => !href.startsWith('/es/') && counterpartUrl(href, 'es')
			);
			expect(english, path).toEqual([]);
		}
		expect(page('/es/data/')).toContain('href="/es/ice-287g/data/"');
		expect(page('/data/')).toContain('href="/ice-287g/data/"');
		// The codebook explains the same columns in Spanish.
		const codebook = page('/es/ice-287g/data/');
		expect(codebook).toContain(
			'<td>La fecha de firma tal como la da ICE, cuando es una fecha real.</td>'
		);
		const columns = (html: string) => [...html.matchAll(/<th scope="row">\s*<code>(\w+)/g)].length;
		expect(columns(codebook)).toBe(columns(page('/ice-287g/data/')));
		// Reasons worded in Spanish, one row per unplaced row as in English.
		const unplaced = page('/es/ice-287g/unplaced/');
		expect(unplaced).toContain(
			'no se indica condado (COUNTY es “#N/A”) y ninguna otra lista indica uno'
		);
		const rows = (html: string) => html.match(/<tr>/g)?.length;
		expect(rows(unplaced)).toBe(rows(page('/ice-287g/unplaced/')));
	});

	it('says in Spanish how a Spanish jurisdiction page matches ICE’s 287(g) lists', () => {
		const clark = page('/es/jurisdictions/clark-county/');
		expect(clark).toMatch(
			/Criterio de correspondencia: los organismos ubicados en Clark \(código FIPS del condado: 32003\):/
		);
		expect(clark).toContain('href="/es/ice-287g/states/nv/#county-32003"');
		expect(clark).toMatch(/href="\/es\/ice-287g\/states\/nv\/#agency-[^"]+" lang="en"[^>]*>/);
		expect(clark).toContain('<a href="/es/ice-287g/lists/2026-05-18/">según la lista de ICE del');
		expect(page('/es/jurisdictions/chicago/')).toContain(
			'los organismos de Illinois cuyo nombre empieza por “Chicago”'
		);
		expect(page('/jurisdictions/chicago/')).toContain(
			'agencies whose names begin with &quot;Chicago&quot; in IL'
		);
	});

	it('shows a jurisdiction’s summary in Spanish only when its translation is current', () => {
		const dir = 'content/i18n/es/jurisdictions';
		const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')) : [];
		for (const file of files) {
			const id = file.replace(/\.yaml$/, '');
			const { summary } = parse(readFileSync(join(dir, file), 'utf8')) as {
				summary: { en: string; es: string };
			};
			const html = page(`/es/jurisdictions/${id}/`);
			const englishPage = page(`/jurisdictions/${id}/`);
			const current = englishPage.includes(
				`content="${summary.en.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`
			);
			expect(html.includes('El resumen de esta página aún no está traducido'), id).toBe(!current);
		}
		// A page without a file says its summary is English and marks it.
		const untranslated = page('/es/jurisdictions/chicago/');
		if (!files.includes('chicago.yaml')) {
			expect(untranslated).toContain('El resumen de esta página aún no está traducido');
			expect(untranslated).toMatch(/<p class="lede" lang="en">/);
		}
	});

	it('shows each jurisdiction’s card and other texts in Spanish where translated, and marks the rest English', () => {
		const terms = parse(readFileSync('content/i18n/es/terms.yaml', 'utf8')) as Terms;
		const dir = 'content/i18n/es/jurisdictions';
		let pairs = 0;
		let shown = 0;
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
			const id = file.replace(/\.yaml$/, '');
			const { policies = {}, texts = [] } = parse(readFileSync(join(dir, file), 'utf8')) as {
				policies?: Record<string, { en: string; es: string }[]>;
				texts?: { en: string; es: string }[];
			};
			const english = plainText(page(`/jurisdictions/${id}/`));
			const spanish = plainText(page(`/es/jurisdictions/${id}/`));
			for (const pair of [...Object.values(policies).flat(), ...texts]) {
				pairs++;
				// A pair whose English is gone is stale: the build warns and the page shows the English.
				if (!english.includes(pair.en)) continue;
				expect(spanish, id).toContain(fillTerms(pair.es, terms));
				// Fewer times than on the English page: a short text may also be, say, a list's own
				// meaning, which stays English by design.
				expect(occurrences(spanish, pair.en), `${id}: ${pair.en}`).toBeLessThan(
					occurrences(english, pair.en)
				);
				shown++;
			}
		}
		expect(shown).toBeGreaterThanOrEqual(pairs * 0.9);
		// Wherever a text is still English, it is marked for screen readers and says so in Spanish.
		for (const file of files.filter((f) => /^es\/(jurisdictions|timeline)\//.test(f))) {
			const html = page(`/${file}`);
			const notes = html.split('(en inglés: aún sin traducir)').length - 1;
			const marked = [
				...html.matchAll(
					/<span lang="en">[^<]*<\/span>\s*<span class="meta">\s*\(en inglés: aún sin/g
				),
			].length;
			expect(marked, file).toBe(notes);
		}
	});

	it('shows each event’s title and summary in Spanish on the Spanish timeline where translated', () => {
		const terms = parse(readFileSync('content/i18n/es/terms.yaml', 'utf8')) as Terms;
		const dir = 'content/i18n/es/events';
		const spanish = plainText(page('/es/timeline/'));
		const english = plainText(page('/timeline/'));
		let pairs = 0;
		let shown = 0;
		for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')) : []) {
			const event = parse(readFileSync(join(dir, file), 'utf8')) as Record<
				'title' | 'summary',
				{ en: string; es: string }
			>;
			for (const pair of [event.title, event.summary]) {
				pairs++;
				if (!english.includes(pair.en)) continue;
				expect(spanish, file).toContain(fillTerms(pair.es, terms));
				shown++;
			}
		}
		expect(shown).toBeGreaterThanOrEqual(pairs * 0.9);
		// The note that some events are English shows only while some are.
		const untranslated = page('/es/timeline/').includes('(en inglés: aún sin traducir)');
		expect(page('/es/timeline/').includes('aún no están traducidos y se muestran en inglés')).toBe(
			untranslated
		);
	});

	it('shows each source’s note in Spanish where translated, on the Spanish pages that list it', () => {
		const terms = parse(readFileSync('content/i18n/es/terms.yaml', 'utf8')) as Terms;
		const dir = 'content/i18n/es/sources';
		const translated = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')) : [];
		// A jurisdiction page lists every source it cites; find one citing each (a sample keeps it quick).
		const pages = readdirSync('content/jurisdictions').map((f) => ({
			id: f.replace(/\.mdx$/, ''),
			text: readFileSync(join('content/jurisdictions', f), 'utf8'),
		}));
		let checked = 0;
		for (const file of translated.slice(0, 60)) {
			const id = file.replace(/\.yaml$/, '');
			const { note } = parse(readFileSync(join(dir, file), 'utf8')) as {
				note: { en: string; es: string };
			};
			const citing = pages.find((p) => new RegExp(`\\b${id}\\b`).test(p.text));
			if (!citing || !plainText(page(`/jurisdictions/${citing.id}/`)).includes(note.en)) continue;
			expect(plainText(page(`/es/jurisdictions/${citing.id}/`)), id).toContain(
				fillTerms(note.es, terms)
			);
			checked++;
		}
		expect(checked).toBeGreaterThanOrEqual(Math.min(translated.length, 60) * 0.5);
	});

	it('catches a short label left in English, but not the same words inside an English quote', () => {
		const html =
			'<span class="tag">Executive order · Primary document</span><p>per the &#39;Supreme Court ruling of May&#39;</p>';
		expect(untranslated(html, englishChrome())).toEqual([
			'content/i18n/es/pages/about.yaml → standing.primary: “Primary document”',
			'content/i18n/es/pages/about.yaml → source-kind.executive-order: “Executive order”',
			'content/i18n/es/pages/data.yaml → event-kind.executive-order: “Executive order”',
		]);
	});

	it('serves the Spanish comparison its answers in Spanish, with the coded detail marked English', () => {
		const answers = JSON.parse(readFileSync(join(DIST, 'es/compare/answers/all.json'), 'utf8')) as {
			dimensions: { id: string; title: string }[];
			jurisdictions: { id: string; name: string; cells: { label: string; since: string }[][] }[];
		};
		expect(answers.dimensions.find((d) => d.id === 'detainers')?.title).toMatch(/retención/);
		expect(answers.jurisdictions.find((j) => j.id === 'philadelphia')?.name).toBe('Filadelfia');
		const html = page('/es/compare/');
		expect(html).toContain('data-answers="/es/compare/answers/all.json"');
		const strings = dataStrings(html);
		expect(strings['status.shown']).toBe('Se muestran {shown} de {total} jurisdicciones');
		expect(strings['caption']).toContain('al {day}');
		// Place names from content/place-names-es.yaml; the English page keeps the English ones.
		expect(html).toMatch(/<a href="\/es\/jurisdictions\/philadelphia\/">Filadelfia<\/a>/);
		expect(page('/compare/')).toMatch(
			/<a href="\/jurisdictions\/philadelphia\/">Philadelphia<\/a>/
		);
		// The documents' titles stay as written, marked English for screen readers.
		expect(page('/es/compare/list/doj-2025-08-list/')).toMatch(
			/<h1>\s*Comparar los lugares de: <span lang="en">/
		);
	});

	it('lists every change on /es/changes/ in Spanish chrome, each summary Spanish where translated', () => {
		const html = page('/es/changes/');
		const rows = (text: string) => [...text.matchAll(/<th scope="row">/g)].length;
		expect(rows(html)).toBe(rows(page('/changes/')));
		expect(rows(html)).toBeGreaterThan(50);
		expect(html).toMatch(/<h1>Cambios<\/h1>/);
		expect(html).toMatch(/\d+ cambios registrados en \d+ páginas/);
		// Kinds, dates and place names in Spanish; each summary Spanish where translated, else
		// English, marked, with one note for the page while any is.
		expect(html).toMatch(/<td>(Publicada|Corrección|Actualización|Revisión)<\/td>/);
		expect(html).not.toMatch(/<td>(Published|Correction|Update|Review)<\/td>/);
		expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">\d{1,2} de \w+ de \d{4}<\/time>/);
		expect(html).toContain('Página publicada.');
		const untranslated = (html.match(/\(en inglés: aún sin traducir\)/g) ?? []).length;
		expect(html.includes('<a href="/changes/" hreflang="en">')).toBe(untranslated > 0);
		expect(html).toMatch(
			/<a href="\/es\/jurisdictions\/philadelphia\/#change-\d+">Filadelfia<\/a>/
		);
		expect(html).toContain('<a href="/es/changes.xml">canal RSS</a>');
		expect(html).toContain('<a href="/es/corrections/">Correcciones</a>');
	});

	it('explains corrections on /es/corrections/ in Spanish, each correction Spanish where translated', () => {
		const html = page('/es/corrections/');
		const items = (text: string) => [...text.matchAll(/<li>\s*<time/g)].length;
		expect(items(html)).toBe(items(page('/corrections/')));
		expect(html).toContain('<h2 id="report">Cómo reportar un error</h2>');
		expect(html).toMatch(/<dt>Corrección<\/dt>\s*<dd>Algo que decía la página era incorrecto/);
		// Each correction Spanish where translated; the note to the English page only while any is not.
		const untranslated = (html.match(/\(en inglés: aún sin traducir\)/g) ?? []).length;
		expect(html.includes('<a href="/corrections/" hreflang="en">')).toBe(untranslated > 0);
	});

	it('links the Spanish changes, feed and corrections from every Spanish page, English from English', () => {
		const feed =
			/<link rel="alternate" type="application\/rss\+xml" title="([^"]+)" href="([^"]+)"/;
		for (const file of spanish.filter((f) => !f.startsWith('es/embed/'))) {
			const html = page(`/${file}`);
			expect(feed.exec(html)?.slice(1), file).toEqual([
				'Cambios · Atlas de políticas sobre la aplicación de las leyes de inmigración',
				'/es/changes.xml',
			]);
			expect(html, file).toContain('<a href="/es/corrections/">Reportar un error</a>');
		}
		expect(feed.exec(page('/about/'))?.[2]).toBe('/changes.xml');
		const history = page('/es/jurisdictions/chicago/');
		expect(history).toContain('<a href="/es/changes/">Cambios</a>');
		expect(history).toContain('<a href="/es/changes.xml">canal RSS</a>');
	});

	it('frames Spanish embeds in Spanish, offered by the Spanish pages, as small as the English', () => {
		const html = page('/es/embed/jurisdictions/chicago/');
		expect(html).toMatch(/<th scope="col">Pregunta<\/th>\s*<th scope="col">Valor<\/th>/);
		expect(html).toMatch(/data-value="not-honoured">\s*No se atienden\s*<\/span>/);
		expect(html).toContain(
			'<link rel="canonical" href="https://sanctuary-atlas.example.org/es/jurisdictions/chicago/">'
		);
		expect(page('/es/embed/jurisdictions/philadelphia/')).toMatch(/<h1>Filadelfia<\/h1>/);
		// The snippets offered on Spanish pages frame the Spanish embeds; English pages the English.
		const snippet = (path: string) => /<pre><code>([^<]*)<\/code><\/pre>/.exec(page(path))?.[1];
		expect(snippet('/es/jurisdictions/chicago/')).toContain(
			'src=&quot;https://sanctuary-atlas.example.org/es/embed/jurisdictions/chicago/&quot;'
		);
		expect(snippet('/es/compare/')).toContain('/es/embed/compare/&quot;');
		expect(snippet('/es/compare/')).toContain('title=&quot;Normas sobre la cooperación');
		expect(snippet('/compare/')).toContain('sanctuary-atlas.example.org/embed/compare/&quot;');
		// A Spanish embed shows what its English one shows: the same rows, no more.
		const rows = (text: string) => [...text.matchAll(/<tr/g)].length;
		expect(rows(page('/es/embed/compare/'))).toBe(rows(page('/embed/compare/')));
		expect(rows(html)).toBe(rows(page('/embed/jurisdictions/chicago/')));
	});

	it('sends a Spanish reader from the one 404 page to the Spanish home page', () => {
		const html = page('/404.html');
		expect(html).toMatch(/<html lang="en">/);
		expect(html).toMatch(
			/<p lang="es">[^<]*<a href="\/es\/" hreflang="es">página de inicio en español<\/a>\.\s*<\/p>/
		);
		expect(existsSync(join(DIST, 'es', '404.html'))).toBe(false);
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
			if (file === '404.html' || /^(es\/)?embed\//.test(file)) continue;
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
			// An embed links the English full page it is part of, which its canonical link names.
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
			const english = file.startsWith('es/embed/')
				? new URL(canonical!).pathname.slice(3)
				: pathOf(file).slice(3);
			expect(note, file).toContain(`href="${english}"`);
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
