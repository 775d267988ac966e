import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../src/lib/dates';
import { formatDatedFact } from '../../src/lib/dated-fact';
import { fillTerms } from '../../src/lib/i18n/terms';
import { pluralKey, translator } from '../../src/lib/i18n/strings';
import { fillPlaceholders, templateParts } from '../../src/lib/i18n/placeholders';
import {
	counterpartHref,
	changesFeedUrl,
	changesUrl,
	compareEmbedUrl,
	correctionsUrl,
	counterpartUrl,
	glossaryUrl,
	jurisdictionEmbedUrl,
	localeUrl,
	pathLocale,
	policyPageUrl,
	sourcePageUrl,
	switcherUrl,
	unlocalizedPath,
} from '../../src/lib/urls';

describe('localized URLs', () => {
	it('prefix Spanish with /es/ and leave English at the root', () => {
		expect(localeUrl('/about/', 'es')).toBe('/es/about/');
		expect(localeUrl('/about/', 'en')).toBe('/about/');
		expect(policyPageUrl('detainers', 'es')).toBe('/es/policies/detainers/');
		expect(glossaryUrl('detainer', 'es')).toBe('/es/glossary/#detainer');
		expect(policyPageUrl('detainers')).toBe('/policies/detainers/');
	});

	it('read the language back from a path', () => {
		expect(pathLocale('/es/')).toBe('es');
		expect(pathLocale('/es/policies/detainers/')).toBe('es');
		expect(pathLocale('/estados/')).toBe('en');
		expect(unlocalizedPath('/es/')).toBe('/');
		expect(unlocalizedPath('/es/glossary/')).toBe('/glossary/');
	});

	it('pair translated pages both ways and only those', () => {
		expect(counterpartUrl('/policies/detainers/', 'es')).toBe('/es/policies/detainers/');
		expect(counterpartUrl('/es/policies/detainers/', 'en')).toBe('/policies/detainers/');
		expect(counterpartUrl('/', 'es')).toBe('/es/');
		expect(counterpartUrl('/es/', 'en')).toBe('/');
		expect(counterpartUrl('/jurisdictions/chicago/', 'es')).toBe('/es/jurisdictions/chicago/');
		expect(counterpartUrl('/policies/detainers/extra/', 'es')).toBeUndefined();
	});

	it('pair the comparison, data, map, jurisdictions index and jurisdiction pages, not the embeds', () => {
		expect(counterpartUrl('/compare/', 'es')).toBe('/es/compare/');
		expect(counterpartUrl('/compare/list/doj-2025-08-list/', 'es')).toBe(
			'/es/compare/list/doj-2025-08-list/'
		);
		expect(counterpartUrl('/es/compare/as-of/2013/', 'en')).toBe('/compare/as-of/2013/');
		expect(counterpartUrl('/compare/state/il/2/', 'es')).toBe('/es/compare/state/il/2/');
		expect(counterpartUrl('/data/', 'es')).toBe('/es/data/');
		expect(counterpartUrl('/map/detainers/', 'es')).toBe('/es/map/detainers/');
		expect(counterpartUrl('/jurisdictions/', 'es')).toBe('/es/jurisdictions/');
		expect(counterpartUrl('/jurisdictions/chicago/', 'es')).toBe('/es/jurisdictions/chicago/');
		expect(counterpartUrl('/embed/jurisdictions/chicago/', 'es')).toBeUndefined();
		expect(counterpartUrl('/compare/answers/all.json', 'es')).toBeUndefined();
	});

	it('pair the sources index, kind and letter pages, keeping a source’s anchor', () => {
		expect(counterpartUrl('/sources/', 'es')).toBe('/es/sources/');
		expect(counterpartUrl('/sources/news-report/', 'es')).toBe('/es/sources/news-report/');
		expect(counterpartUrl('/es/sources/news-report/0-9/', 'en')).toBe('/sources/news-report/0-9/');
		const source = { id: 'x-1', kind: 'news-report', publisher: 'Bolts' };
		expect(sourcePageUrl(source, 'es')).toBe('/es/sources/news-report/b/#source-x-1');
		expect(counterpartHref(sourcePageUrl(source), 'es')).toBe(sourcePageUrl(source, 'es'));
	});

	it('pair the changes log and corrections, every page of them', () => {
		expect(counterpartUrl(changesUrl(), 'es')).toBe(changesUrl('es'));
		expect(counterpartUrl('/es/changes/2/', 'en')).toBe('/changes/2/');
		expect(counterpartUrl(correctionsUrl(), 'es')).toBe('/es/corrections/');
		expect(counterpartUrl('/corrections/3/', 'es')).toBe('/es/corrections/3/');
		expect(changesFeedUrl('es')).toBe('/es/changes.xml');
	});

	it('give the embeds a Spanish address without pairing them (their canonical page is paired)', () => {
		expect(jurisdictionEmbedUrl('chicago', 'es')).toBe('/es/embed/jurisdictions/chicago/');
		expect(compareEmbedUrl('es')).toBe('/es/embed/compare/');
		expect(compareEmbedUrl()).toBe('/embed/compare/');
		expect(counterpartUrl(compareEmbedUrl('es'), 'en')).toBeUndefined();
	});

	it('send the switcher to the home page of a language that lacks the page', () => {
		expect(switcherUrl('/embed/compare/', 'es')).toBe('/es/');
		expect(switcherUrl('/es/about/', 'en')).toBe('/about/');
	});
});

describe('dates and numbers', () => {
	it('are worded in Spanish at each precision, with no time-zone shift', () => {
		expect(formatDate('2017-10-12', 'es')).toBe('12 de octubre de 2017');
		expect(formatDate('2017-01-01', 'es')).toBe('1 de enero de 2017');
		expect(formatDate('2017-10', 'es')).toBe('octubre de 2017');
		expect(formatDate('2017', 'es')).toBe('2017');
		expect(formatDate('2017-10-12')).toBe('October 12, 2017');
		expect(formatDate('2017-10')).toBe('October 2017');
	});

	it('say what a date marks in the reader’s language', () => {
		expect(formatDatedFact('2026-02-01', 'effective', 'month', 'es').text).toBe(
			'febrero de 2026 (entró en vigor)'
		);
		expect(formatDatedFact('2026-02-01', 'effective', 'month').text).toBe(
			'February 2026 (took effect)'
		);
	});

	it('group digits as each language does', () => {
		expect(formatNumber(12345, 'en')).toBe('12,345');
		expect(formatNumber(3, 'es')).toBe('3');
	});
});

describe('string tables', () => {
	const terms = {
		detainer: {
			en: 'detainer',
			es: 'solicitud de retención (detainer)',
			short: 'solicitud de retención',
		},
	};
	const table = {
		title: { en: 'Detainers: {n}', es: 'Las [[detainer]]: {n}' },
		only: { en: 'English only' },
	};

	it('fill terminology and placeholders', () => {
		const t = translator([table], terms, 'es', 'test');
		expect(t('title', { n: 3 })).toBe('Las solicitud de retención (detainer): 3');
		expect(fillTerms('una [[detainer|short]]', terms)).toBe('una solicitud de retención');
	});

	it('stop the page naming page and key when a string is missing', () => {
		const t = translator([table], terms, 'es', 'pages/about');
		expect(() => t('only')).toThrow('pages/about → only: no Spanish text');
		expect(() => t('absent')).toThrow('pages/about → absent');
		expect(translator([table], terms, 'en', 'pages/about')('only')).toBe('English only');
	});

	it('split marked-up text into plain, bold and slot parts for the page to render', () => {
		expect(templateParts('Los archivos **CSV** usan {code}; vacío si no hay.')).toEqual([
			{ text: 'Los archivos ' },
			{ bold: 'CSV' },
			{ text: ' usan ' },
			{ slot: 'code' },
			{ text: '; vacío si no hay.' },
		]);
		// A template handed on with a placeholder left in is finished later (the browser's messages).
		const t = translator([table], terms, 'es', 'test');
		expect(fillPlaceholders(t('title'), { n: 4 })).toBe('Las solicitud de retención (detainer): 4');
	});

	it('choose the plural form by the language’s rules', () => {
		expect(pluralKey('count', 1, 'es')).toBe('count.one');
		expect(pluralKey('count', 0, 'es')).toBe('count.other');
		expect(pluralKey('count', 2, 'en')).toBe('count.other');
	});
});
