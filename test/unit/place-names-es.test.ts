import { describe, expect, it } from 'vitest';
import { spanishNamesOf } from '../../src/lib/place-names-es';
import { buildSearchRecords } from '../../src/lib/search/records';
import { loadContent } from '../support/load-content';

const { dataset, problems } = loadContent('test/fixtures/valid');
const entry = (id: string) => dataset.jurisdictions.find((j) => j.id === id)!;

describe('Spanish place names (content/place-names-es.yaml)', () => {
	it('are read from the content folder with the rest of the dataset', () => {
		expect(problems).toEqual([]);
		expect(dataset.placeNamesEs?.data.states['NY']?.name).toBe('Nueva York');
	});

	it("a page's own entry gives its names; a state page without one takes its state's name", () => {
		expect(spanishNamesOf(dataset, entry('fixture-city'))).toEqual([
			'Ciudad Fixture',
			'Fixturópolis',
		]);
		expect(spanishNamesOf(dataset, entry('fixture-state'))).toEqual(['Nueva York']);
		expect(spanishNamesOf({}, entry('fixture-state'))).toEqual([]);
	});

	it("a city takes no state's name: Nueva York is not every New York city's name", () => {
		const city = entry('fixture-city');
		const own = {
			...dataset.placeNamesEs!,
			data: { ...dataset.placeNamesEs!.data, jurisdictions: {} },
		};
		expect(spanishNamesOf({ placeNamesEs: own }, city)).toEqual([]);
	});

	it('become aliases of the place in the search records', () => {
		const records = buildSearchRecords(dataset, new Map(), '2026-11-23');
		const city = records.find((r) => r.y === 'jurisdiction' && r.u.includes('fixture-city'))!;
		expect(city.k.split(' · ')).toEqual(expect.arrayContaining(['Ciudad Fixture', 'Fixturópolis']));
	});
});
