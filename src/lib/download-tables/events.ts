import { EVENT_KINDS, EVENT_KIND_LABELS, type TimelineEvent } from '../../schemas/event';
import type { DataEntry } from '../dataset-types';
import { precisionOf } from '../dated-fact';
import { citationColumns, dateMeaningColumn, datePrecisionColumn, labelled } from './column';
import type { TableSpec } from './table';

type EventRow = DataEntry<TimelineEvent>;

/** One row per timeline event, oldest first. */
export const eventsTable: TableSpec<EventRow> = {
	id: 'events',
	title: 'Timeline events',
	rowMeaning: 'One row per dated event (law, order, letter, list, lawsuit, ruling), oldest first.',
	rows: ({ dataset }) => dataset.events,
	columns: [
		{ name: 'id', type: 'id', description: 'Identifier.', get: (r) => r.id },
		{
			name: 'date',
			type: 'partial-date',
			description: 'When it happened.',
			get: (r) => r.data.date,
		},
		dateMeaningColumn<EventRow>('date_meaning', 'date', (r) => r.data.dateMeaning ?? null),
		datePrecisionColumn<EventRow>('date_precision', 'date', (r) => precisionOf(r.data.date), false),
		{
			name: 'title',
			type: 'text',
			description: 'What happened, in a line.',
			get: (r) => r.data.title,
		},
		{
			name: 'kind',
			type: 'code',
			description: 'Kind of event.',
			allowed: labelled(EVENT_KIND_LABELS, EVENT_KINDS),
			get: (r) => r.data.kind,
		},
		{
			name: 'jurisdictions',
			type: 'list',
			description: 'Ids of the jurisdictions concerned; empty for nationwide federal actions.',
			get: (r) => r.data.jurisdictions,
		},
		{
			name: 'summary',
			type: 'text',
			description: 'One to three neutral sentences.',
			get: (r) => r.data.summary,
		},
		...citationColumns<EventRow>('the event', (r) => r.data.sources),
		{
			name: 'verified',
			type: 'date',
			description: 'The day this was last checked.',
			get: (r) => r.data.verified,
		},
	],
};
