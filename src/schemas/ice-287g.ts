import { z } from 'astro/zod';

/** The support types (models) ICE lists: Jail Enforcement, Warrant Service Officer, Task Force. */
export const MODELS = ['JEM', 'WSO', 'TFM'] as const;

/** A 287(g) model code. */
export type Model = (typeof MODELS)[number];

/** ICE's own words for each model, as its lists spell them. */
export const MODEL_LABELS: Record<Model, string> = {
	JEM: 'Jail Enforcement Model',
	WSO: 'Warrant Service Officer',
	TFM: 'Task Force Model',
};

/** Agency types as ICE's TYPE column gives them (2025+); `null` where a list has no such column. */
export const AGENCY_TYPES = ['county', 'municipality', 'state'] as const;

/** The kinds of ICE list: agencies with agreements, and agencies whose agreements are pending. */
export const LIST_KINDS = ['participating', 'pending'] as const;

/** Where an agreement sits on the map: in a county, at state level, or nowhere we can say. */
export const PLACEMENTS = ['county', 'state', 'unplaced'] as const;

const ISO_DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Expected YYYY-MM-DD' });
const FIPS5 = z.string().regex(/^\d{5}$/, { error: 'Expected a five-digit county FIPS code' });

/** One row of an ICE list after the documented cleaning: one agency × one model. */
export const Ice287gRowSchema = z.strictObject({
	/** 1-based row number in the raw file (header is row 1), so every value can be traced back. */
	row: z.number().int().positive(),
	state: z.string().regex(/^[A-Z]{2}$/),
	/** The agency's stable id across lists: state code + normalised name (see normalize.ts). */
	agencyId: z.string().min(4),
	/** The agency name as ICE gives it, trimmed, with curly apostrophes made straight. */
	agency: z.string().min(2),
	type: z.enum(AGENCY_TYPES).nullable(),
	model: z.enum(MODELS),
	/** The COUNTY cell as ICE gives it (trimmed); null where empty, `#N/A` or absent (pre-2025). */
	countyAsGiven: z.string().nullable(),
	placement: z.enum(PLACEMENTS),
	countyFips: FIPS5.nullable(),
	countyName: z.string().nullable(),
	/** How the placement was decided, in words, e.g. `COUNTY column` or `agency name`. */
	placedBy: z.string(),
	/** The signed date as ICE gives it, when it is a real date; otherwise null and see signedAsGiven. */
	signed: ISO_DAY.nullable(),
	/** ICE's text where it is not a usable date (`05/082025`, `5025-07-07`); null otherwise. */
	signedAsGiven: z.string().nullable(),
	moa: z.url().nullable(),
	/** The MOA cell's text where it has no link (`link pending`). */
	moaText: z.string().nullable(),
	addendum: z.url().nullable(),
});

/** One ICE list, as imported from one raw file (one file per list under content/ice-287g/lists/). */
export const Ice287gListSchema = z.strictObject({
	id: z.string().regex(/^(pending-)?\d{4}-\d{2}-\d{2}$/),
	kind: z.enum(LIST_KINDS),
	/** The list's date: ICE's file-name date (2025+) or the web-archive capture day (before 2025). */
	date: ISO_DAY,
	dateBasis: z.enum(['ICE file name', 'web archive capture']),
	/** am/pm as in ICE's file name, or the capture time; null when the name has neither. */
	time: z.string().nullable(),
	file: z.string(),
	sha256: z.string().regex(/^[0-9a-f]{64}$/),
	format: z.enum(['ICE workbook', 'archived web-table capture', 'third-party CSV export']),
	/** Other raw files of the same list, checked against it row by row. */
	copies: z.array(z.strictObject({ file: z.string(), sha256: z.string(), check: z.string() })),
	/** Data rows in the raw file (header excluded), and how many of them were blank and skipped. */
	rawRows: z.number().int().nonnegative(),
	blankRows: z.number().int().nonnegative(),
	rows: z.array(Ice287gRowSchema),
});

/** One change in an agency's listing between two consecutive lists. */
export const Ice287gEventSchema = z.strictObject({
	/** The list on which the change is first seen. */
	date: ISO_DAY,
	/** The last list before it, where the earlier state was seen; null for the first listing. */
	previous: ISO_DAY.nullable(),
	added: z.array(z.enum(MODELS)),
	removed: z.array(z.enum(MODELS)),
});

/** An agency's history across all participating lists (derived by the importer). */
export const Ice287gAgencySchema = z.strictObject({
	id: z.string(),
	name: z.string(),
	/** Other spellings ICE used for the same agency, oldest first. */
	otherNames: z.array(z.string()),
	state: z.string().regex(/^[A-Z]{2}$/),
	type: z.enum(AGENCY_TYPES).nullable(),
	placement: z.enum(PLACEMENTS),
	countyFips: FIPS5.nullable(),
	countyName: z.string().nullable(),
	first: ISO_DAY,
	last: ISO_DAY,
	/** Models on the newest list this agency appears on. */
	models: z.array(z.enum(MODELS)),
	/** True when the agency is on the newest participating list. */
	current: z.boolean(),
	/** Each model's signed dates as ICE gave them, with the first list that gave each. */
	signed: z.array(
		z.strictObject({
			model: z.enum(MODELS),
			signed: z.string(),
			firstList: ISO_DAY,
			moa: z.string().nullable(),
		})
	),
	events: z.array(Ice287gEventSchema),
});

/** A row that could not be placed in a county or state, with the reason. */
export const Ice287gUnplacedSchema = z.strictObject({
	list: z.string(),
	file: z.string(),
	row: z.number().int(),
	state: z.string(),
	agency: z.string(),
	countyAsGiven: z.string().nullable(),
	reason: z.string(),
});

export type Ice287gRow = z.output<typeof Ice287gRowSchema>;
export type Ice287gList = z.output<typeof Ice287gListSchema>;
export type Ice287gAgency = z.output<typeof Ice287gAgencySchema>;
export type Ice287gEvent = z.output<typeof Ice287gEventSchema>;
export type Ice287gUnplaced = z.output<typeof Ice287gUnplacedSchema>;
export type AgencyType = (typeof AGENCY_TYPES)[number];
export type Placement = (typeof PLACEMENTS)[number];
