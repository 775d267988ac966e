import { describe, expect, it } from 'vitest';
import {
	CHART_WIDTH,
	chartableStatistics,
	chartDescription,
	detainerChart,
	niceTicks,
	wrapWords,
} from '../../src/lib/detainer-chart';
import type { Statistic } from '../../src/schemas/statistic';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('content');

const stat = (over: Partial<Statistic>): Statistic => ({
	id: 'a-2017',
	agency: 'Agency A',
	period: 'Calendar year 2017',
	from: '2017-01-01',
	to: '2017-12-31',
	sources: [{ source: 'x' }],
	verified: '2026-11-23',
	...over,
});

describe('niceTicks', () => {
	it('runs from 0 to a round value at or above the maximum', () => {
		expect(niceTicks(2916)).toEqual([0, 1000, 2000, 3000]);
		expect(niceTicks(321)).toEqual([0, 100, 200, 300, 400]);
		expect(niceTicks(1000)).toEqual([0, 500, 1000]);
		expect(niceTicks(0)).toEqual([0, 1]);
	});
});

describe('wrapWords', () => {
	it('breaks at spaces and keeps every word', () => {
		const text = 'Fiscal year 2016 (assumed October 2015–September 2016)';
		const lines = wrapWords(text, 30);
		expect(lines.every((l) => l.length <= 30)).toBe(true);
		expect(lines.join(' ')).toBe(text);
	});
});

describe('detainerChart', () => {
	it('draws only periods that have both received and honoured', () => {
		const stats = [
			stat({ id: 'a', received: 100, honoured: 10 }),
			stat({ id: 'b', received: 50 }),
			stat({ id: 'c', honoured: 5, declined: 3 }),
		];
		expect(chartableStatistics(stats).map((s) => s.id)).toEqual(['a']);
		expect(detainerChart([stats[1]!, stats[2]!])).toBeUndefined();
	});

	it('groups by agency, scales bars to the axis and keeps everything inside the viewBox', () => {
		// Statistics come ordered by agency and start, as `orderDataset` leaves them.
		const chart = detainerChart([
			stat({ id: 'a-2016', from: '2016-01-01', period: '2016', received: 500, honoured: 250 }),
			stat({ id: 'a-2017', received: 1526, honoured: 0 }),
			stat({ id: 'b-2016', agency: 'Agency B', received: 80, honoured: 2 }),
		])!;
		expect(chart.groups.map((g) => g.agency)).toEqual(['Agency A', 'Agency B']);
		expect(chart.groups[0]!.periods.map((p) => p.statId)).toEqual(['a-2016', 'a-2017']);
		const top = chart.ticks.at(-1)!;
		const span = chart.plotRight - chart.plotLeft;
		for (const bar of chart.groups.flatMap((g) => g.periods.flatMap((p) => p.bars))) {
			expect(bar.width).toBeCloseTo((span * bar.value) / top.value, 0);
			expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plotRight);
			expect(bar.y + bar.height).toBeLessThan(chart.axisY);
		}
		expect(chart.width).toBe(CHART_WIDTH);
		expect(chart.axisY + 30).toBeLessThanOrEqual(chart.height);
		expect(chart.ticks[0]).toMatchObject({ value: 0, x: chart.plotLeft, label: '0' });
		expect(chartDescription(chart)).toContain('1,526 received and 0 honoured');
	});

	it('gives a chart for every real jurisdiction with a complete period, and none otherwise', () => {
		for (const j of dataset.jurisdictions) {
			const complete = j.data.statistics.filter(
				(s) => s.received !== undefined && s.honoured !== undefined
			);
			const chart = detainerChart(j.data.statistics);
			expect(chart === undefined, j.id).toBe(complete.length === 0);
			if (chart) expect(chart.groups.flatMap((g) => g.periods)).toHaveLength(complete.length);
		}
	});
});
