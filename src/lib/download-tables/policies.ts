import { POLICY_STATUSES, POLICY_STATUS_LABELS, type Policy } from '../../schemas/policy';
import type { Dimension } from '../../schemas/dimension';
import { policyPeriods, type PolicyPeriod } from '../as-of';
import type { DataEntry } from '../dataset-types';
import { valueOnDay } from '../value-on-day';
import {
	citationColumns,
	dateMeaningColumn,
	datePrecisionColumn,
	jurisdictionColumn,
	labelled,
} from './column';
import type { TableSpec } from './table';

/** One period of one jurisdiction's policy on one dimension. */
interface PolicyRow {
	jurisdiction: string;
	dimension: DataEntry<Dimension>;
	policy: Policy;
	period: PolicyPeriod;
	/** Whether `valueOnDay` answers with this period on the build day. */
	current: boolean;
}

/**
 * Long-format policies: for every jurisdiction and dimension, one row per period (earlier values
 * from the history, oldest first, then the value the file records as current), via `policyPeriods`,
 * so the rows are exactly the periods the jurisdiction pages show; `current` marks the row
 * `valueOnDay` answers with on the build day, the value every page shows.
 */
export const policiesTable: TableSpec<PolicyRow> = {
	id: 'policies',
	title: 'Policies (long format, with history)',
	rowMeaning:
		'One row per period during which a jurisdiction had one value on one dimension: earlier values from the history, oldest first, then the current value.',
	rows: ({ dataset, day }) =>
		dataset.jurisdictions.flatMap((jurisdiction) =>
			dataset.dimensions.flatMap((dimension) => {
				const answer = valueOnDay(jurisdiction.data, dimension, day);
				const policy = answer.policy;
				if (!policy) return [];
				return policyPeriods(policy).map((period, index) => ({
					jurisdiction: jurisdiction.id,
					dimension,
					policy,
					period,
					current: index === answer.periodIndex,
				}));
			})
		),
	columns: [
		jurisdictionColumn((r) => r.jurisdiction),
		{
			name: 'dimension',
			type: 'code',
			description: 'The question coded, in the order of the comparison table.',
			allowed: (dataset) => dataset.dimensions.map((d) => ({ value: d.id, meaning: d.data.title })),
			get: (r) => r.dimension.id,
		},
		{
			name: 'value',
			type: 'code',
			description:
				'The coded answer. Allowed values depend on the dimension and are listed from the fewest ties with federal enforcement to the most; that order is not a ranking. Every dimension ends with no-rule (this government has no law, order or written policy on the question) and not-found (we searched and could not establish the answer; see searched).',
			groupedBy: 'dimension',
			allowed: (dataset) =>
				dataset.dimensions.flatMap((d) =>
					d.data.values.map((v) => ({
						value: v.id,
						meaning: `${v.label}: ${v.description}`,
						group: d.id,
						groupTitle: d.data.title,
					}))
				),
			get: (r) => r.period.value,
		},
		{
			name: 'label',
			type: 'text',
			description: 'The value in plain words, as the site shows it.',
			get: (r) =>
				r.dimension.data.values.find((v) => v.id === r.period.value)?.label ?? r.period.value,
		},
		{
			name: 'detail',
			type: 'text',
			description: 'What the rule did in this period, in plain words.',
			get: (r) => r.period.detail,
		},
		{
			name: 'effective_from',
			type: 'date',
			optional: true,
			description:
				'First day of the period; empty when the start date could not be found. The period then began after the previous row for the same jurisdiction and dimension ended; on the first row, an earlier value applied since before our records start, and a current value with no history is known to apply only from its verified day.',
			get: (r) => r.period.from ?? null,
		},
		dateMeaningColumn('from_meaning', 'effective_from', (r) => r.period.fromMeaning ?? null),
		datePrecisionColumn('from_precision', 'effective_from', (r) =>
			r.period.from ? r.period.fromPrecision : null
		),
		{
			name: 'effective_to',
			type: 'date',
			optional: true,
			description:
				'Last day of the period; empty for the current value. Despite the column names (kept for existing users), from_meaning and to_meaning say what each date is.',
			get: (r) => r.period.to ?? null,
		},
		dateMeaningColumn('to_meaning', 'effective_to', (r) => r.period.toMeaning ?? null),
		datePrecisionColumn('to_precision', 'effective_to', (r) =>
			r.period.to ? r.period.toPrecision : null
		),
		{
			name: 'status',
			type: 'code',
			description: 'Legal standing of the rule in this period.',
			allowed: labelled(POLICY_STATUS_LABELS, POLICY_STATUSES),
			get: (r) => r.period.status,
		},
		{
			name: 'current',
			type: 'boolean',
			description:
				'true for the value that applies on the build day, the one every page of the site shows (at most one per jurisdiction and dimension; none when no recorded value covers that day, e.g. only a proposal is on file); false otherwise.',
			get: (r) => r.current,
		},
		{
			name: 'searched',
			type: 'text',
			optional: true,
			description:
				'For a current "not-found" value: what was read or searched before concluding the answer could not be established. "not-found" is not "no-rule" (no law, order or written policy at this level).',
			get: (r) => (r.period.current ? (r.policy.searched?.what ?? null) : null),
		},
		{
			name: 'searched_on',
			type: 'date',
			optional: true,
			description: 'The day that search was made.',
			get: (r) => (r.period.current ? (r.policy.searched?.on ?? null) : null),
		},
		...citationColumns<PolicyRow>('the value in this period', (r) => r.period.sources),
		{
			name: 'verified',
			type: 'date',
			description: 'The day this value was last checked against its sources.',
			get: (r) => r.period.verified,
		},
	],
};
