import { describe, expect, it } from 'vitest';
import { agencyHistories } from '../../src/lib/ice-287g/history';
import type { Ice287gList, Ice287gRow, Model } from '../../src/schemas/ice-287g';

function row(agencyId: string, model: Model, signed: string | null = null): Ice287gRow {
	return {
		row: 2,
		state: 'TX',
		agencyId,
		agency: agencyId,
		type: 'county',
		model,
		countyAsGiven: null,
		placement: 'county',
		countyFips: '48001',
		countyName: 'Anderson',
		placedBy: 'agency name',
		signed,
		signedAsGiven: null,
		moa: null,
		moaText: null,
		addendum: null,
	};
}

function list(
	date: string,
	rows: Ice287gRow[],
	kind: Ice287gList['kind'] = 'participating'
): Ice287gList {
	return {
		id: kind === 'pending' ? `pending-${date}` : date,
		kind,
		date,
		dateBasis: 'ICE file name',
		time: null,
		file: `${date}.xlsx`,
		sha256: '0'.repeat(64),
		format: 'ICE workbook',
		copies: [],
		rawRows: rows.length,
		blankRows: 0,
		rows,
	};
}

describe('agency histories', () => {
	const lists = [
		list('2025-01-01', [row('a', 'JEM', '2020-01-01')]),
		list('2025-02-01', [
			row('a', 'JEM', '2020-01-01'),
			row('a', 'TFM', '2025-01-15'),
			row('b', 'WSO'),
		]),
		list('2025-03-01', [row('a', 'TFM', '2025-01-15')]),
		list('2025-03-15', [row('c', 'WSO')], 'pending'),
		list('2025-04-01', [row('a', 'TFM'), row('b', 'WSO')]),
	];
	const byId = new Map(agencyHistories(lists).map((a) => [a.id, a]));

	it('dates first listing, model changes and removals by the list that shows them', () => {
		expect(byId.get('a')!.events).toEqual([
			{ date: '2025-01-01', previous: null, added: ['JEM'], removed: [] },
			{ date: '2025-02-01', previous: '2025-01-01', added: ['TFM'], removed: [] },
			{ date: '2025-03-01', previous: '2025-02-01', added: [], removed: ['JEM'] },
		]);
	});

	it('records an agency missing from a later list and listed again', () => {
		const b = byId.get('b')!;
		expect(b.events.map((e) => [e.date, e.added, e.removed])).toEqual([
			['2025-02-01', ['WSO'], []],
			['2025-03-01', [], ['WSO']],
			['2025-04-01', ['WSO'], []],
		]);
		expect([b.first, b.last, b.current]).toEqual(['2025-02-01', '2025-04-01', true]);
	});

	it('ignores pending lists and keeps each signed date with the first list that gave it', () => {
		expect(byId.has('c')).toBe(false);
		expect(byId.get('a')!.signed.map((s) => [s.model, s.signed, s.firstList])).toEqual([
			['JEM', '2020-01-01', '2025-01-01'],
			['TFM', '2025-01-15', '2025-02-01'],
		]);
	});
});
