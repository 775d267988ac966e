import { describe, expect, it } from 'vitest';
import { sourcesCitedBy, citingPages } from '../../src/lib/citations';
import { formatDate } from '../../src/lib/dates';
import { ancestors, governingLayers } from '../../src/lib/layers';
import { buildMatrix } from '../../src/lib/matrix';
import { eventsFor } from '../../src/lib/timeline';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('test/fixtures/valid');

describe('buildMatrix', () => {
	it('has one row per jurisdiction and one cell per dimension, in order', () => {
		const rows = buildMatrix(dataset.jurisdictions, dataset.dimensions, '2026-11-23');
		expect(rows.map((r) => r.jurisdiction.id)).toEqual(['fixture-city', 'fixture-state']);
		for (const row of rows) expect(row.cells).toHaveLength(9);
		expect(rows[0]!.cells[0]!.dimensionId).toBe('detainers');
		expect(rows[0]!.cells.at(-1)!.dimensionId).toBe('state-law');
	});

	it('resolves cells as of a date, and falls back to not-found before the records', () => {
		const in2012 = buildMatrix(dataset.jurisdictions, dataset.dimensions, '2012-06-01');
		expect(in2012[0]!.cells[0]!.value.id).toBe('listed-cases');
		const in2000 = buildMatrix(dataset.jurisdictions, dataset.dimensions, '2000-01-01');
		expect(in2000[0]!.cells[0]!.value.id).toBe('not-found');
		expect(in2000[0]!.cells[0]!.period).toBeUndefined();
	});

	it('ranks values by their order in the dimension', () => {
		const [city] = buildMatrix(dataset.jurisdictions, dataset.dimensions, '2026-11-23');
		expect(city!.cells[0]!.rank).toBe(1);
		expect(city!.cells[1]!.rank).toBe(city!.cells[1]!.of - 1);
	});
});

describe('layers', () => {
	it('walks parents nearest first and stops on cycles', () => {
		const looped = dataset.jurisdictions.map((j) =>
			j.id === 'fixture-state' ? { ...j, data: { ...j.data, parents: ['fixture-city'] } } : j
		);
		expect(ancestors('fixture-city', looped).map((j) => j.id)).toEqual(['fixture-state']);
	});

	it('names the jail operator and whose rules bind the jail', () => {
		const layers = governingLayers('fixture-city', dataset.jurisdictions);
		expect(layers.map((l) => [l.role, l.jurisdiction.id])).toEqual([
			['local', 'fixture-city'],
			['jail', 'fixture-state'],
		]);
		expect(layers[1]!.operator).toBe("Fixture County Sheriff's Office");
	});
});

describe('citations and timeline', () => {
	it('collects sources from frontmatter, narrative and extra ids, each once', () => {
		const city = dataset.jurisdictions.find((j) => j.id === 'fixture-city')!;
		expect(
			sourcesCitedBy(city, [], dataset.sources)
				.map((s) => s.id)
				.sort()
		).toEqual(['fixture-news-2017', 'fixture-ordinance-2014']);
	});

	it('indexes which pages cite each source', () => {
		const pages = citingPages(dataset)
			.get('fixture-ordinance-2014')!
			.map((p) => p.href);
		expect(pages).toEqual(
			expect.arrayContaining(['/jurisdictions/fixture-city/', '/timeline/', '/glossary/'])
		);
	});

	it('names the citing pages in Spanish for a Spanish sources page, linking the Spanish pages', () => {
		const pages = citingPages(dataset, 'es').get('fixture-ordinance-2014')!;
		expect(pages).toEqual(
			expect.arrayContaining([
				{ href: '/es/jurisdictions/fixture-city/', label: 'Ciudad Fixture' },
				{ href: '/es/timeline/', label: 'Cronología' },
				{ href: '/es/glossary/', label: 'Glosario' },
			])
		);
		expect(pages.every((p) => p.href.startsWith('/es/'))).toBe(true);
		// The English index is unchanged by the Spanish one (each language is kept apart).
		expect(citingPages(dataset).get('fixture-ordinance-2014')![0]!.href).toMatch(/^\/(?!es\/)/);
	});

	it('slices events per jurisdiction', () => {
		expect(eventsFor('fixture-city', dataset.events)).toHaveLength(1);
		expect(eventsFor('fixture-state', dataset.events)).toHaveLength(0);
	});
});

describe('formatDate', () => {
	it('formats each precision without time-zone drift', () => {
		expect(formatDate('2017-10-12')).toBe('October 12, 2017');
		expect(formatDate('2017-01-01')).toBe('January 1, 2017');
		expect(formatDate('2025-06')).toBe('June 2025');
		expect(formatDate('2013')).toBe('2013');
	});
});

describe('layerMatrix', () => {
	it('puts each layer’s own value side by side and flags where they differ', async () => {
		const { layerMatrix } = await import('../../src/lib/layers');
		const rows = layerMatrix(
			'fixture-city',
			dataset.jurisdictions,
			dataset.dimensions,
			'2026-11-23'
		);
		expect(rows).toHaveLength(9);
		const detainers = rows[0]!;
		expect(
			detainers.cells.map((c) => [c.layer.role, c.layer.jurisdiction.id, c.cell.value.id])
		).toEqual([
			['local', 'fixture-city', 'judicial-warrant-and-criteria'],
			['jail', 'fixture-state', 'not-honoured'],
		]);
		expect(detainers.differ).toBe(true);
		expect(rows[1]!.differ).toBe(false);
	});
});
