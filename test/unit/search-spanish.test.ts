import { describe, expect, it } from 'vitest';
import { createSearcher } from '../../src/lib/search/engine';
import { buildSearchRecords } from '../../src/lib/search/records';
import { counterpartHref } from '../../src/lib/urls';
import { describeCount } from '../../src/scripts/search-client';
import { ENGLISH_SEARCH_STRINGS, type SearchStrings } from '../../src/scripts/search-strings';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('test/fixtures/valid');

describe('Spanish search', () => {
	const dimension = dataset.dimensions[0]!;
	const term = dataset.glossary[0]!;
	const spanish = {
		dimensions: [{ ...dimension, data: { ...dimension.data, title: 'Pregunta de prueba' } }],
		glossary: [
			{ ...term, data: { ...term.data, term: 'Término de prueba', aliases: ['alias español'] } },
		],
	};
	const records = buildSearchRecords(dataset, new Map(), '2026-11-23', spanish);

	it('adds the Spanish names of questions and glossary terms to the same records', () => {
		const question = records.find((r) => r.y === 'dimension' && r.u.includes(dimension.id))!;
		expect(question.n).toBe(dimension.data.title);
		expect(question.s).toBe('Pregunta de prueba');
		expect(question.k.split(' · ')).toContain('Pregunta de prueba');
		const glossary = records.find((r) => r.y === 'glossary' && r.u.endsWith(`#${term.id}`))!;
		expect(glossary.k.split(' · ')).toEqual(
			expect.arrayContaining(['Término de prueba', 'alias español'])
		);
		expect(records.filter((r) => r.y === 'dimension')).toHaveLength(dataset.dimensions.length);
	});

	it('gives places and their cards a Spanish title to show on the Spanish search page', () => {
		const city = records.find((r) => r.y === 'jurisdiction' && r.u.includes('fixture-city'))!;
		expect(city.s).toBe('Ciudad Fixture');
		const card = records.find(
			(r) => r.y === 'policy' && r.u.endsWith(`fixture-city/#policy-${dimension.id}`)
		)!;
		expect(card.s).toBe(`Ciudad Fixture: ${dimension.data.shortTitle}`);
	});

	it('finds them typed without accents, with Spanish filler words and plurals', () => {
		const searcher = createSearcher(records);
		expect(searcher.search('termino de prueba', 3)[0]!.record.u).toMatch(`#${term.id}`);
		expect(searcher.search('preguntas de prueba', 3)[0]!.record.u).toMatch(dimension.id);
	});

	it('links a result to its Spanish page where one is published, keeping the fragment', () => {
		expect(counterpartHref('/glossary/#detainer', 'es')).toBe('/es/glossary/#detainer');
		expect(counterpartHref('/policies/detainers/', 'es')).toBe('/es/policies/detainers/');
		expect(counterpartHref('/timeline/#event-x', 'es')).toBe('/es/timeline/#event-x');
		expect(counterpartHref('/ice-287g/states/tx/#agency-x', 'es')).toBe(
			'/es/ice-287g/states/tx/#agency-x'
		);
		expect(counterpartHref('/changes.xml#x', 'es')).toBe('/changes.xml#x');
		expect(counterpartHref('/glossary/#detainer', 'en')).toBe('/glossary/#detainer');
	});

	it('says the live status in the page’s language', () => {
		const es: SearchStrings = {
			...ENGLISH_SEARCH_STRINGS,
			locale: 'es',
			one: '{n} resultado',
			other: '{n} resultados',
			found: '{count} para “{query}”.',
			ignored: 'No hay resultados para {words}; se muestran {count} para “{query}”.',
		};
		expect(describeCount(1, 'orden', [], true, es)).toBe('1 resultado para “orden”.');
		expect(describeCount(3, 'xq orden', ['xq'], true, es)).toBe(
			'No hay resultados para “xq”; se muestran 3 resultados para “xq orden”.'
		);
		expect(describeCount(2, 'chicago')).toBe('2 results for “chicago”.');
	});
});
