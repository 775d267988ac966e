import { describe, expect, it } from 'vitest';
import { policyPeriods, valueAsOf } from '../../src/lib/as-of';
import { PolicySchema } from '../../src/schemas/policy';

const base = { sources: ['s'], verified: '2026-11-23' };
/** NYC-shaped detainer history: unknown start → 2011 law → 2013 law → 2014 law (current). */
const policy = PolicySchema.parse({
	...base,
	dimension: 'detainers',
	value: 'judicial-warrant-and-criteria',
	detail: 'Warrant and conviction required.',
	since: '2014-11-14',
	history: [
		{ ...base, value: 'honoured', detail: 'Before the 2011 law.', to: '2011-11-21' },
		{
			...base,
			value: 'listed-cases',
			detail: 'The 2011 law.',
			from: '2011-11-22',
			to: '2013-11-13',
		},
		{
			...base,
			value: 'listed-cases',
			detail: 'The 2013 law.',
			from: '2013-11-14',
			to: '2014-11-13',
		},
	],
});

describe('valueAsOf', () => {
	it('resolves each period at its boundaries', () => {
		expect(valueAsOf(policy, '2011-11-21')?.detail).toBe('Before the 2011 law.');
		expect(valueAsOf(policy, '2011-11-22')?.detail).toBe('The 2011 law.');
		expect(valueAsOf(policy, '2013-11-13')?.detail).toBe('The 2011 law.');
		expect(valueAsOf(policy, '2013-11-14')?.detail).toBe('The 2013 law.');
		expect(valueAsOf(policy, '2014-11-13')?.detail).toBe('The 2013 law.');
		expect(valueAsOf(policy, '2014-11-14')?.value).toBe('judicial-warrant-and-criteria');
	});

	it('treats the current value as open-ended and the oldest start as unknown, not missing', () => {
		expect(valueAsOf(policy, '2099-01-01')?.current).toBe(true);
		expect(valueAsOf(policy, '1990-01-01')?.value).toBe('honoured');
	});

	it('returns undefined in a gap between recorded periods', () => {
		const gap = PolicySchema.parse({
			...base,
			dimension: 'detainers',
			value: 'not-honoured',
			detail: 'Current rule.',
			since: '2020-01-01',
			history: [
				{
					...base,
					value: 'honoured',
					detail: 'The old rule.',
					from: '2010-01-01',
					to: '2015-12-31',
				},
			],
		});
		expect(valueAsOf(gap, '2017-06-01')).toBeUndefined();
		expect(valueAsOf(gap, '2009-12-31')).toBeUndefined();
	});

	it('lets a current value without a since date cover only days after its history', () => {
		const undated = PolicySchema.parse({
			...base,
			dimension: 'detainers',
			value: 'not-honoured',
			detail: 'Current rule, start unknown.',
			history: [{ ...base, value: 'honoured', detail: 'The old rule.', to: '2015-12-31' }],
		});
		expect(valueAsOf(undated, '2015-12-31')?.value).toBe('honoured');
		expect(valueAsOf(undated, '2016-01-01')?.value).toBe('not-honoured');
	});

	it('claims a current value of unknown start, with no history, only from the day it was verified', () => {
		const undated = PolicySchema.parse({
			...base,
			dimension: 'status-inquiries',
			value: 'prohibited',
			detail: 'A rule whose start date was not found.',
		});
		expect(valueAsOf(undated, '2026-11-23')?.value).toBe('prohibited');
		expect(valueAsOf(undated, '2030-01-01')?.value).toBe('prohibited');
		expect(valueAsOf(undated, '2013-12-31')).toBeUndefined();
	});

	it('never applies a proposed value, and reports an enjoined one with its status', () => {
		const proposed = PolicySchema.parse({
			...base,
			dimension: 'detainers',
			value: 'honoured',
			detail: 'A bill not yet law.',
			since: '2027-01-01',
			status: 'proposed',
			history: [{ ...base, value: 'not-honoured', detail: 'Current law.', to: '2026-12-31' }],
		});
		expect(valueAsOf(proposed, '2027-06-01')).toBeUndefined();
		expect(valueAsOf(proposed, '2026-06-01')?.value).toBe('not-honoured');
		const enjoined = PolicySchema.parse({
			...base,
			dimension: 'x',
			value: 'y',
			detail: 'Blocked by a court.',
			status: 'enjoined',
		});
		expect(valueAsOf(enjoined, '2026-12-01')?.status).toBe('enjoined');
	});

	it('lists periods oldest first, ending with the current one', () => {
		expect(policyPeriods(policy).map((p) => p.detail)).toEqual([
			'Before the 2011 law.',
			'The 2011 law.',
			'The 2013 law.',
			'Warrant and conviction required.',
		]);
	});
});
