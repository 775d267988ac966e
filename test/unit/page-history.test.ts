import { describe, expect, it } from 'vitest';
import type { DataEntry } from '../../src/lib/dataset-types';
import {
	allPageChanges,
	changeAnchor,
	changeFeedItems,
	changePath,
	pageHistory,
	pageHistoryPath,
} from '../../src/lib/page-history';
import type { Change } from '../../src/schemas/change';
import type { Jurisdiction } from '../../src/schemas/jurisdiction';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('test/fixtures/valid');
const city = dataset.jurisdictions.find((j) => j.id === 'fixture-city')!;
const state = dataset.jurisdictions.find((j) => j.id === 'fixture-state')!;

const withChanges = (
	entry: DataEntry<Jurisdiction>,
	changes: Change[]
): DataEntry<Jurisdiction> => ({ ...entry, data: { ...entry.data, changes } });

describe('page history', () => {
	it('reads the fixture’s publication entry', () => {
		const history = pageHistory(city);
		expect(history).toHaveLength(1);
		expect(history[0]!.change).toEqual({
			date: '2026-11-23',
			kind: 'published',
			summary: 'Page published.',
		});
		expect(history[0]!.number).toBe(1);
	});

	it('lists a page’s changes newest first, numbered oldest first', () => {
		const page = withChanges(city, [
			{ date: '2020-01-01', kind: 'published', summary: 'Page published.' },
			{ date: '2021-05-01', kind: 'correction', summary: 'A date was corrected.' },
			{ date: '2021-05-01', kind: 'update', summary: 'A new ordinance was added.' },
		]);
		expect(pageHistory(page).map((c) => [c.change.date, c.number])).toEqual([
			['2021-05-01', 3],
			['2021-05-01', 2],
			['2020-01-01', 1],
		]);
	});

	it('merges every page newest first, pages in name order on the same day', () => {
		// Pages come in the dataset's (name) order, as `orderDataset` leaves them.
		const all = allPageChanges([
			withChanges(city, [{ date: '2022-03-04', kind: 'published', summary: 'Page published.' }]),
			withChanges(state, [
				{ date: '2020-01-01', kind: 'published', summary: 'Page published.' },
				{ date: '2022-03-04', kind: 'review', summary: 'Every value was checked.' },
			]),
		]);
		expect(all.map((c) => `${c.change.date} ${c.jurisdiction.id} ${c.number}`)).toEqual([
			'2022-03-04 fixture-city 1',
			'2022-03-04 fixture-state 2',
			'2020-01-01 fixture-state 1',
		]);
	});

	it('is empty for a page with no recorded changes', () => {
		expect(pageHistory(withChanges(city, []))).toEqual([]);
		expect(allPageChanges([withChanges(city, [])])).toEqual([]);
	});

	it('names the anchors the pages and the feed use', () => {
		expect(pageHistoryPath('chicago')).toBe('/jurisdictions/chicago/#page-history');
		expect(changeAnchor(2)).toBe('change-2');
		expect(changePath('chicago', 2)).toBe('/jurisdictions/chicago/#change-2');
		expect(pageHistoryPath('chicago', 'es')).toBe('/es/jurisdictions/chicago/#page-history');
		expect(changePath('chicago', 2, 'es')).toBe('/es/jurisdictions/chicago/#change-2');
	});
});

describe('feed items', () => {
	const page = withChanges(city, [
		{ date: '2020-01-01', kind: 'published', summary: 'Page published.' },
		{ date: '2021-05-01', kind: 'correction', summary: 'A date was corrected.' },
	]);
	const kinds = { published: 'Publicada', correction: 'Corrección', update: 'x', review: 'y' };

	it('link the pages, date and name the kind in the feed’s language; the summary stays as written', () => {
		const [newest] = changeFeedItems([page], 'https://example.org/', {
			locale: 'es',
			kindLabel: (kind) => kinds[kind],
		});
		expect(newest).toEqual({
			title: `${city.data.name}: A date was corrected.`,
			link: 'https://example.org/es/jurisdictions/fixture-city/#page-history',
			guid: 'https://example.org/es/jurisdictions/fixture-city/#change-2',
			pubDate: new Date('2021-05-01T00:00:00Z'),
			description: 'Corrección, 1 de mayo de 2021: A date was corrected.',
			categories: ['Corrección'],
		});
		const [english] = changeFeedItems([page], 'https://example.org/', {
			locale: 'en',
			kindLabel: (kind) => kind,
		});
		expect(english!.guid).toBe('https://example.org/jurisdictions/fixture-city/#change-2');
		expect(english!.description).toBe('correction, May 1, 2021: A date was corrected.');
	});
});
