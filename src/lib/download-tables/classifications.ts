import { ASSESSOR_KINDS, type Assessment } from '../../schemas/assessment';
import { RESERVED_LISTINGS, type Classification } from '../../schemas/classification';
import { citationColumns, jurisdictionColumn, labelled } from './column';
import type { TableSpec } from './table';

/** The schema has no labels for assessor kinds; the record type makes a new kind fail to compile here. */
const ASSESSOR_KIND_MEANINGS: Record<(typeof ASSESSOR_KINDS)[number], string> = {
	'federal-government': 'Federal government',
	'state-government': 'State government',
	court: 'Court',
	advocacy: 'Advocacy group',
	research: 'Research organisation',
};

/** One classification of a jurisdiction, with the assessment it belongs to. */
interface ClassificationRow {
	jurisdiction: string;
	classification: Classification;
	assessment: Assessment;
}

/**
 * One row per classification, with the assessment's title, body and date copied in so the table
 * reads on its own; by jurisdiction, then assessment date.
 */
export const classificationsTable: TableSpec<ClassificationRow> = {
	id: 'classifications',
	title: 'Classifications by other bodies',
	rowMeaning:
		'One row per jurisdiction and list or finding by another body (DOJ, DHS, …), in that body’s words; never a verdict of this atlas.',
	rows: ({ dataset }) => {
		const byId = new Map(dataset.assessments.map((a) => [a.id, a.data]));
		return dataset.jurisdictions.flatMap((j) =>
			j.data.classifications.flatMap((classification) => {
				const assessment = byId.get(classification.assessment);
				return assessment ? [{ jurisdiction: j.id, classification, assessment }] : [];
			})
		);
	},
	columns: [
		jurisdictionColumn((r) => r.jurisdiction),
		{
			name: 'assessment',
			type: 'id',
			description: 'Identifier of the list or finding.',
			get: (r) => r.classification.assessment,
		},
		{
			name: 'assessment_title',
			type: 'text',
			description: 'Name of the list or finding.',
			get: (r) => r.assessment.title,
		},
		{
			name: 'assessment_body',
			type: 'text',
			description: 'The body that made it.',
			get: (r) => r.assessment.body,
		},
		{
			name: 'assessment_body_kind',
			type: 'code',
			description: 'Kind of body.',
			allowed: labelled(ASSESSOR_KIND_MEANINGS, ASSESSOR_KINDS),
			get: (r) => r.assessment.bodyKind,
		},
		{
			name: 'assessment_date',
			type: 'partial-date',
			description: 'When it was issued.',
			get: (r) => r.assessment.date,
		},
		{
			name: 'assessment_standing',
			type: 'text',
			optional: true,
			description: 'Whether it still stands (e.g. withdrawn), where known.',
			get: (r) => r.assessment.standing ?? null,
		},
		{
			name: 'listing',
			type: 'list',
			description:
				'Which of the assessment’s lists or sections names the jurisdiction (several when more than one does), or not-listed / not-established; each id’s meaning is the body’s own, as defined below.',
			groupedBy: 'assessment',
			allowed: (dataset) => [
				...dataset.assessments.flatMap((a) =>
					a.data.lists.map((list) => ({
						value: list.id,
						meaning: `${list.label}: ${list.meaning}`,
						group: a.id,
						groupTitle: `${a.data.title} (${a.data.body}, ${a.data.date})`,
					}))
				),
				...Object.entries(RESERVED_LISTINGS).map(([value, r]) => ({
					value,
					meaning: `${r.label}: ${r.meaning}`,
					group: 'any',
					groupTitle: 'Any assessment',
				})),
			],
			get: (r) => r.classification.listing,
		},
		{
			name: 'result',
			type: 'text',
			description: 'What the body said about this jurisdiction, in a few words.',
			get: (r) => r.classification.result,
		},
		{
			name: 'detail',
			type: 'text',
			optional: true,
			description: 'More detail, attributed, including how the jurisdiction answered.',
			get: (r) => r.classification.detail ?? null,
		},
		...citationColumns<ClassificationRow>('this classification', (r) => r.classification.sources),
		{
			name: 'verified',
			type: 'date',
			description: 'The day this was last checked.',
			get: (r) => r.classification.verified,
		},
	],
};
