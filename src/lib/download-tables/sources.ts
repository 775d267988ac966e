import { SOURCE_KINDS, SOURCE_KIND_LABELS, type Source } from '../../schemas/source';
import type { DataEntry } from '../dataset-types';
import { sourceStanding } from '../source-standing';
import { labelled } from './column';
import type { TableSpec } from './table';

type SourceRow = DataEntry<Source>;

/** One row per cited document, by id. */
export const sourcesTable: TableSpec<SourceRow> = {
	id: 'sources',
	title: 'Sources',
	rowMeaning: 'One row per document cited anywhere in the atlas.',
	rows: ({ dataset }) => [...dataset.sources].sort((a, b) => a.id.localeCompare(b.id)),
	columns: [
		{
			name: 'id',
			type: 'id',
			description: 'Identifier, used in the source_ids columns.',
			get: (r) => r.id,
		},
		{
			name: 'title',
			type: 'text',
			description: 'The document’s own title.',
			get: (r) => r.data.title,
		},
		{
			name: 'publisher',
			type: 'text',
			description: 'Who issued or published it.',
			get: (r) => r.data.publisher,
		},
		{
			name: 'kind',
			type: 'code',
			description: 'Kind of document, from primary (the law itself) to secondary.',
			allowed: labelled(SOURCE_KIND_LABELS, SOURCE_KINDS),
			get: (r) => r.data.kind,
		},
		{
			name: 'url',
			type: 'url',
			description: 'Where the document can be read.',
			get: (r) => r.data.url,
		},
		{
			name: 'published',
			type: 'partial-date',
			description: 'When it was issued or published.',
			get: (r) => r.data.published,
		},
		{
			name: 'verified',
			type: 'date',
			description: 'When one of us last opened it and checked what we cite it for.',
			get: (r) => r.data.verified,
		},
		{
			name: 'archive_url',
			type: 'url',
			optional: true,
			description: 'A stable archived copy, where one exists.',
			get: (r) => r.data.archiveUrl ?? null,
		},
		{
			name: 'primary',
			type: 'boolean',
			description:
				'true when the address is the primary document (law, order, ruling, letter, official report) as its issuer published it; false for a copy or repost (see copy_of) and for news, advocacy and academic reports about it.',
			get: (r) => sourceStanding(r.data) === 'primary',
		},
		{
			name: 'copy_of',
			type: 'text',
			optional: true,
			description:
				'For a copy or repost: the original it copies (title, issuer, date); empty when the address is the issuer’s own publication.',
			get: (r) => r.data.copyOf ?? null,
		},
		{
			name: 'expires',
			type: 'date',
			optional: true,
			description:
				'The day the document’s own text says it lapses (an emergency act, a temporary order).',
			get: (r) => r.data.expires ?? null,
		},
		{
			name: 'note',
			type: 'text',
			optional: true,
			description: 'A caveat, e.g. that the copy is a mirror or the publisher an advocacy group.',
			get: (r) => r.data.note ?? null,
		},
	],
};
