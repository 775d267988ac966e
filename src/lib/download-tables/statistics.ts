import type { Statistic } from '../../schemas/statistic';
import { citationColumns, jurisdictionColumn } from './column';
import type { TableSpec } from './table';

/** One detainer statistic with the jurisdiction that reports it. */
interface StatisticRow {
	jurisdiction: string;
	stat: Statistic;
}

/** One row per detainer statistic, by jurisdiction, then agency and start date as the pages list them. */
export const statisticsTable: TableSpec<StatisticRow> = {
	id: 'statistics',
	title: 'Detainer statistics',
	rowMeaning: 'One row per agency and period for which detainer counts were published.',
	rows: ({ dataset }) =>
		dataset.jurisdictions.flatMap((j) =>
			j.data.statistics.map((stat) => ({ jurisdiction: j.id, stat }))
		),
	columns: [
		jurisdictionColumn((r) => r.jurisdiction),
		{
			name: 'id',
			type: 'id',
			description: 'Identifier, unique within the jurisdiction.',
			get: (r) => r.stat.id,
		},
		{
			name: 'agency',
			type: 'text',
			description: 'The agency whose records the numbers come from.',
			get: (r) => r.stat.agency,
		},
		{
			name: 'period',
			type: 'text',
			description: 'The period in words, as the source gives it.',
			get: (r) => r.stat.period,
		},
		{
			name: 'from',
			type: 'date',
			description: 'First day of the period.',
			get: (r) => r.stat.from,
		},
		{ name: 'to', type: 'date', description: 'Last day of the period.', get: (r) => r.stat.to },
		{
			name: 'received',
			type: 'integer',
			optional: true,
			description: 'Detainer requests received; empty when not reported.',
			get: (r) => r.stat.received ?? null,
		},
		{
			name: 'honoured',
			type: 'integer',
			optional: true,
			description: 'Detainer requests honoured; empty when not reported.',
			get: (r) => r.stat.honoured ?? null,
		},
		{
			name: 'declined',
			type: 'integer',
			optional: true,
			description: 'Detainer requests declined; empty when not reported.',
			get: (r) => r.stat.declined ?? null,
		},
		{
			name: 'note',
			type: 'text',
			optional: true,
			description: 'What the numbers count and what they leave out.',
			get: (r) => r.stat.note ?? null,
		},
		...citationColumns<StatisticRow>('the numbers', (r) => r.stat.sources),
		{
			name: 'verified',
			type: 'date',
			description: 'The day the numbers were last checked.',
			get: (r) => r.stat.verified,
		},
	],
};
