import { describe, expect, it } from 'vitest';
import { snapshotDay, snapshotYears } from '../../src/lib/snapshots';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('test/fixtures/valid');

describe('snapshot years', () => {
	it('run from the first recorded change (not before 2005) to last year', () => {
		expect(snapshotYears(dataset.jurisdictions, '2026-11-23')).toEqual(
			Array.from({ length: 2025 - 2011 + 1 }, (_, i) => 2011 + i)
		);
	});

	it('resolve on the last day of the year', () => {
		expect(snapshotDay(2013)).toBe('2013-12-31');
	});
});

describe('policyChanges', () => {
	it('lists each dated change with the value before and after, oldest first', async () => {
		const { policyChanges } = await import('../../src/lib/changes');
		const city = dataset.jurisdictions.find((j) => j.id === 'fixture-city')!;
		const changes = policyChanges(city.data, dataset.dimensions);
		expect(changes.map((c) => [c.date, c.dimension.id, c.before, c.after])).toEqual([
			['2011-11-22', 'detainers', undefined, 'Honoured in listed cases'],
			[
				'2014-11-14',
				'detainers',
				'Honoured in listed cases',
				'Only with a judicial warrant, for listed cases',
			],
		]);
	});
});
