import { describe, expect, it } from 'vitest';
import {
	describeCell,
	formatDatedFact,
	isoAtPrecision,
	precisionOf,
} from '../../src/lib/dated-fact';

describe('formatDatedFact', () => {
	it('shows a day-precision date in full with its meaning', () => {
		expect(formatDatedFact('2013-10-05', 'signed').text).toBe('October 5, 2013 (signed)');
	});

	it('never shows the 1st for a month-precision date', () => {
		const fact = formatDatedFact('2026-02-01', 'effective', 'month');
		expect(fact.text).toBe('February 2026 (took effect)');
		expect(fact.iso).toBe('2026-02');
	});

	it('shows only the year for a year-precision date', () => {
		const fact = formatDatedFact('2019-01-01', 'reported', 'year');
		expect(fact.date).toBe('2019');
		expect(fact.iso).toBe('2019');
		expect(fact.text).toBe('2019 (first reported; the rule may be older)');
	});

	it('says so when the meaning is not recorded', () => {
		expect(formatDatedFact('2020-12-15', undefined).text).toBe(
			'December 15, 2020 (what this date marks is not recorded)'
		);
	});
});

describe('precision helpers', () => {
	it('reads the precision of partial dates from their length', () => {
		expect(precisionOf('2013')).toBe('year');
		expect(precisionOf('2013-08')).toBe('month');
		expect(precisionOf('2013-08-12')).toBe('day');
	});

	it('cuts dates to their precision', () => {
		expect(isoAtPrecision('2013-08-01', 'day')).toBe('2013-08-01');
		expect(isoAtPrecision('2013-08-01', 'month')).toBe('2013-08');
	});
});

describe('describeCell', () => {
	const range = {
		from: '2026-02-01',
		fromMeaning: 'effective' as const,
		fromPrecision: 'month' as const,
		to: undefined,
		toMeaning: undefined,
		toPrecision: 'day' as const,
	};

	it('gives the value and since when, with the date’s meaning', () => {
		expect(describeCell('judicial-warrant', 'Judicial warrant', range)).toBe(
			'Judicial warrant; since February 2026 (took effect)'
		);
	});

	it('says a coded value’s start is not found, but not for "not found" itself', () => {
		const open = { ...range, from: undefined, fromMeaning: undefined };
		expect(describeCell('judicial-warrant', 'Judicial warrant', open)).toBe(
			'Judicial warrant; start date not found'
		);
		expect(describeCell('not-found', 'Not found', open)).toBe('Not found');
	});
});
