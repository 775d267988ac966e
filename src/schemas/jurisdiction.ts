import { z } from 'astro/zod';
import { ChangeSchema } from './change';
import { CitationsSchema } from './citation';
import { ClassificationSchema } from './classification';
import { IsoDaySchema } from './date';
import { PolicySchema } from './policy';
import { StatisticSchema } from './statistic';

/** Kinds of government a page can describe. */
export const JURISDICTION_KINDS = [
	'state',
	'county',
	'parish',
	'city',
	'consolidated-city-county',
	'federal-district',
] as const;

/** Plain-language labels for each jurisdiction kind. */
export const JURISDICTION_KIND_LABELS: Record<(typeof JURISDICTION_KINDS)[number], string> = {
	state: 'State',
	county: 'County',
	parish: 'Parish',
	city: 'City',
	'consolidated-city-county': 'Consolidated city-county',
	'federal-district': 'Federal district',
};

/** Two-letter postal codes of the states, DC and the territories. */
const STATE_CODE = z
	.string()
	.regex(/^[A-Z]{2}$/, { error: 'Expected a two-letter postal code such as NY' });

/** Who holds people arrested in the jurisdiction, and whose rules bind that jail. */
export const JailSchema = z.strictObject({
	/** The agency that runs the jail, e.g. "Cook County Sheriff's Office". */
	operator: z.string().min(3),
	/** The id of the jurisdiction whose coded policies govern that jail (may be this one). */
	jurisdiction: z.string().min(1),
	/** How the arrangement works, e.g. that NYPD arrestees go to DOC custody after arraignment. */
	note: z.string().min(10).optional(),
	sources: CitationsSchema,
});

/** A jurisdiction page: frontmatter of one MDX file in content/jurisdictions/. */
export const JurisdictionSchema = z.strictObject({
	name: z.string().min(2),
	/** The name as it sorts and reads in tables, e.g. "New York City". */
	shortName: z.string().min(2).optional(),
	kind: z.enum(JURISDICTION_KINDS),
	state: STATE_CODE,
	/** Other names readers search for: NYC, NOLA, Philly, OPSO. */
	aliases: z.array(z.string().min(1)).default([]),
	/** Ids of the jurisdictions above this one (Chicago → Cook County → Illinois). */
	parents: z.array(z.string().min(1)).default([]),
	jail: JailSchema.optional(),
	/** Where to place the jurisdiction on a map (its seat or centroid). */
	location: z.strictObject({
		lat: z.number().min(18).max(72),
		lon: z.number().min(-180).max(-60),
	}),
	/** One neutral paragraph: what the rules do today. */
	summary: z.string().trim().min(40, { error: 'The summary must be a full sentence or more' }),
	/** The day a person last reviewed the whole page. */
	lastReviewed: IsoDaySchema,
	/** How and until when the page was checked for new laws, orders, rulings and lists. */
	checkedThrough: z
		.strictObject({
			/** Developments up to this day were looked for. */
			date: IsoDaySchema,
			/** What was searched: legislature and council records, news, court dockets, … */
			how: z.string().min(20),
		})
		.optional(),
	/** What changed on the page and when, oldest first: publication, corrections, updates, reviews. */
	changes: z.array(ChangeSchema).default([]),
	policies: z.array(PolicySchema).min(1),
	statistics: z.array(StatisticSchema).default([]),
	classifications: z.array(ClassificationSchema).default([]),
	/** People named in the content (officials, judges), for search. */
	people: z.array(z.strictObject({ name: z.string().min(3), role: z.string().min(3) })).default([]),
});

export type Jurisdiction = z.output<typeof JurisdictionSchema>;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];
