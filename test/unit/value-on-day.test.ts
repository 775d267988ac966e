import { describe, expect, it } from 'vitest';
import { segmentOn } from '../../src/lib/answer-segments';
import { compareData } from '../../src/lib/compare-data';
import type { Dataset } from '../../src/lib/dataset-types';
import { downloadTables } from '../../src/lib/downloads';
import { layerMatrix } from '../../src/lib/layers';
import { mapMarkers } from '../../src/lib/map';
import { buildMatrix } from '../../src/lib/matrix';
import { buildSearchRecords } from '../../src/lib/search/records';
import { jurisdictionCard } from '../../src/lib/social-image';
import { jurisdictionPolicyUrl } from '../../src/lib/urls';
import { UNRECORDED_LABEL, valueOnDay } from '../../src/lib/value-on-day';
import { PolicySchema } from '../../src/schemas/policy';
import { editPolicies } from '../support/edit-dataset';
import { loadContent } from '../support/load-content';

const { dataset: fixtures } = loadContent('test/fixtures/valid');
const base = { sources: ['fixture-ordinance-2014'], verified: '2026-11-23' };

/** Fixture City with one dimension per hard case: proposed, enjoined, future-dated, a gap. */
const CASES = {
	// History to 2025-12-31, a proposal from 2027-01-01: the three-answers case.
	detainers: {
		...base,
		dimension: 'detainers',
		value: 'honoured',
		detail: 'A bill that would honour every detainer.',
		since: '2027-01-01',
		status: 'proposed',
		history: [
			{
				...base,
				value: 'listed-cases',
				detail: 'Held people on detainers when they had listed convictions.',
				from: '2011-11-22',
				to: '2025-12-31',
			},
		],
	},
	'release-notification': {
		...base,
		dimension: 'release-notification',
		value: 'not-found',
		detail: 'A notice law a court has blocked.',
		since: '2026-02-01',
		sincePrecision: 'month',
		sinceMeaning: 'effective',
		status: 'enjoined',
	},
	'jail-access': {
		...base,
		dimension: 'jail-access',
		value: 'not-found',
		detail: 'A rule that takes effect next year.',
		since: '2027-03-01',
	},
	'287g-agreements': {
		...base,
		dimension: '287g-agreements',
		value: 'not-found',
		detail: 'A rule after a gap in our records.',
		since: '2022-01-01',
		history: [{ ...base, value: 'not-found', detail: 'An earlier rule, ended.', to: '2019-12-31' }],
	},
} as const;

const dataset: Dataset = editPolicies(fixtures, 'fixture-city', (p) =>
	p.dimension in CASES ? PolicySchema.parse(CASES[p.dimension as keyof typeof CASES]) : p
);
const city = dataset.jurisdictions.find((j) => j.id === 'fixture-city')!;
const dimensions = dataset.dimensions;
const DAYS = ['2010-01-01', '2020-06-01', '2026-01-15', '2026-11-29', '2027-02-01', '2027-06-01'];

describe('valueOnDay', () => {
	it('answers the issue’s proposed case with one unrecorded answer and the proposal on file', () => {
		const detainers = dimensions.find((d) => d.id === 'detainers')!;
		const answer = valueOnDay(city.data, detainers, '2026-11-29');
		expect(answer.kind).toBe('unrecorded');
		expect(answer.label).toBe(UNRECORDED_LABEL);
		expect(answer.detail).not.toContain('honour every detainer');
		expect(answer.pending?.detail).toBe('A bill that would honour every detainer.');
		// A proposal never applies, even after its date.
		expect(valueOnDay(city.data, detainers, '2027-06-01').kind).toBe('unrecorded');
		expect(valueOnDay(city.data, detainers, '2020-06-01').value.id).toBe('listed-cases');
	});

	it('carries an enjoined value with its status and its date’s meaning and precision', () => {
		const notice = dimensions.find((d) => d.id === 'release-notification')!;
		const answer = valueOnDay(city.data, notice, '2026-11-29');
		expect(answer).toMatchObject({
			kind: 'recorded',
			status: 'enjoined',
			statusLabel: 'Blocked by a court',
			since: {
				date: '2026-02-01',
				meaning: 'effective',
				precision: 'month',
				text: 'February 2026 (took effect)',
				fact: { iso: '2026-02', date: 'February 2026', meaning: 'took effect' },
			},
		});
	});

	it('gives every view the same answer on every day', () => {
		const mismatches: string[] = [];
		for (const day of DAYS) {
			const table = buildMatrix(dataset.jurisdictions, dataset.dimensions, day).find(
				(r) => r.jurisdiction.id === city.id
			)!;
			const layers = layerMatrix(city.id, dataset.jurisdictions, dataset.dimensions, day);
			const browser = compareData(dataset, day).jurisdictions.find((j) => j.id === city.id)!;
			const search = buildSearchRecords(dataset, new Map(), day);
			const downloads = downloadTables(dataset, 'https://example.org/', day).find(
				(t) => t.id === 'policies'
			)!.rows;
			const card = jurisdictionCard(city.data, dataset.dimensions, day, 'Atlas');
			dimensions.forEach((dimension, index) => {
				const answer = valueOnDay(city.data, dimension, day);
				const marker = mapMarkers(buildMatrix(dataset.jurisdictions, [dimension], day)).find(
					(m) => m.id === city.id
				)!;
				const segment = segmentOn(browser.cells[index]!, day);
				const current = downloads.filter(
					(r) => r.jurisdiction === city.id && r.dimension === dimension.id && r.current
				);
				const record = search.find((r) => r.u === jurisdictionPolicyUrl(city.id, dimension.id));
				const views: Record<string, unknown> = {
					table: [table.cells[index]!.label, table.cells[index]!.detail],
					layers: [
						layers[index]!.cells.find((c) => c.layer.jurisdiction.id === city.id)!.cell.label,
						layers[index]!.cells.find((c) => c.layer.jurisdiction.id === city.id)!.cell.detail,
					],
					browser: [segment.label, segment.detail],
					search: [record?.c, record?.x.startsWith(answer.detail.slice(0, 50))],
					downloads: current.map((r) => r.value),
					map: [marker.unrecorded, marker.value.id],
					...(index < card.rows.length ? { card: card.rows[index]!.value } : {}),
					browserDetails: [segment.since, segment.status],
				};
				const expected: Record<string, unknown> = {
					table: [answer.label, answer.detail],
					layers: [answer.label, answer.detail],
					browser: [answer.label, answer.detail],
					search: [answer.label, true],
					downloads: answer.kind === 'recorded' ? [answer.value.id] : [],
					map: [answer.unrecorded, answer.value.id],
					...(index < card.rows.length ? { card: answer.label } : {}),
					browserDetails: [answer.since.text, answer.statusLabel],
				};
				for (const view of Object.keys(expected)) {
					if (JSON.stringify(views[view]) !== JSON.stringify(expected[view]))
						mismatches.push(
							`${day} ${dimension.id} ${view}: ${JSON.stringify(views[view])} ≠ ${JSON.stringify(expected[view])}`
						);
				}
			});
		}
		expect(mismatches).toEqual([]);
	});

	it('segments the browser’s answers exactly where valueOnDay changes', () => {
		const browser = compareData(dataset, '2026-11-29').jurisdictions.find((j) => j.id === city.id)!;
		const days = [...DAYS, '2011-11-21', '2011-11-22', '2025-12-31', '2026-01-01', '2027-01-01'];
		for (const [index, dimension] of dimensions.entries())
			for (const day of days)
				expect(segmentOn(browser.cells[index]!, day).label, `${dimension.id} ${day}`).toBe(
					valueOnDay(city.data, dimension, day).label
				);
	});
});
