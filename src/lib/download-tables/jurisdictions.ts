import { JURISDICTION_KINDS, JURISDICTION_KIND_LABELS } from '../../schemas/jurisdiction';
import type { Jurisdiction } from '../../schemas/jurisdiction';
import type { DataEntry } from '../dataset-types';
import { jurisdictionUrl } from '../urls';
import { labelled } from './column';
import type { TableSpec } from './table';

/** A jurisdiction with the site origin its page address is resolved against. */
interface JurisdictionRow {
	entry: DataEntry<Jurisdiction>;
	site: string;
}

/** One row per jurisdiction page, in the site's reading order (by name). */
export const jurisdictionsTable: TableSpec<JurisdictionRow> = {
	id: 'jurisdictions',
	title: 'Jurisdictions',
	rowMeaning: 'One row per jurisdiction (state, county, parish, city or district).',
	rows: ({ dataset, site }) => dataset.jurisdictions.map((entry) => ({ entry, site })),
	columns: [
		{
			name: 'id',
			type: 'id',
			description: 'Identifier, also the last part of the page address.',
			get: (r) => r.entry.id,
		},
		{ name: 'name', type: 'text', description: 'Full name.', get: (r) => r.entry.data.name },
		{
			name: 'short_name',
			type: 'text',
			optional: true,
			description: 'Name used in tables, where it differs from the full name.',
			get: (r) => r.entry.data.shortName ?? null,
		},
		{
			name: 'kind',
			type: 'code',
			description: 'Kind of government.',
			allowed: labelled(JURISDICTION_KIND_LABELS, JURISDICTION_KINDS),
			get: (r) => r.entry.data.kind,
		},
		{
			name: 'state',
			type: 'code',
			description: 'Two-letter postal code of the state or DC.',
			get: (r) => r.entry.data.state,
		},
		{
			name: 'aliases',
			type: 'list',
			description: 'Other names readers use.',
			get: (r) => r.entry.data.aliases,
		},
		{
			name: 'parents',
			type: 'list',
			description: 'Ids of the jurisdictions directly above this one (e.g. county, state).',
			get: (r) => r.entry.data.parents,
		},
		{
			name: 'jail_operator',
			type: 'text',
			optional: true,
			description: 'The agency that runs the jail holding people arrested here.',
			get: (r) => r.entry.data.jail?.operator ?? null,
		},
		{
			name: 'jail_jurisdiction',
			type: 'id',
			optional: true,
			description: 'Id of the jurisdiction whose coded policies govern that jail (may be itself).',
			get: (r) => r.entry.data.jail?.jurisdiction ?? null,
		},
		{
			name: 'jail_note',
			type: 'text',
			optional: true,
			description: 'How the jail arrangement works.',
			get: (r) => r.entry.data.jail?.note ?? null,
		},
		{
			name: 'jail_source_ids',
			type: 'list',
			description: 'Ids of the documents the jail arrangement rests on.',
			get: (r) => r.entry.data.jail?.sources.map((c) => c.source) ?? [],
		},
		{
			name: 'jail_pinpoints',
			type: 'list',
			description: 'Pinpoints for jail_source_ids, in the same order; an item is empty when none.',
			get: (r) => r.entry.data.jail?.sources.map((c) => c.pinpoint ?? null) ?? [],
		},
		{
			name: 'lat',
			type: 'number',
			description: 'Latitude of the seat or centroid (WGS 84).',
			get: (r) => r.entry.data.location.lat,
		},
		{
			name: 'lon',
			type: 'number',
			description: 'Longitude of the seat or centroid (WGS 84).',
			get: (r) => r.entry.data.location.lon,
		},
		{
			name: 'summary',
			type: 'text',
			description: 'One neutral paragraph on what the rules do today.',
			get: (r) => r.entry.data.summary,
		},
		{
			name: 'last_reviewed',
			type: 'date',
			description: 'The day a person last reviewed the whole page.',
			get: (r) => r.entry.data.lastReviewed,
		},
		{
			name: 'checked_through',
			type: 'date',
			optional: true,
			description:
				'Until when the page was checked for new laws, orders, rulings and lists; required when its newest source is more than six months older than last_reviewed.',
			get: (r) => r.entry.data.checkedThrough?.date ?? null,
		},
		{
			name: 'checked_how',
			type: 'text',
			optional: true,
			description: 'How that check was made (records, dockets and news searched).',
			get: (r) => r.entry.data.checkedThrough?.how ?? null,
		},
		{
			name: 'page_url',
			type: 'url',
			description: 'The jurisdiction’s page on this site.',
			get: (r) => new URL(jurisdictionUrl(r.entry.id), r.site).href,
		},
	],
};
