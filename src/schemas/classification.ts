import { z } from 'astro/zod';
import { CitationsSchema } from './citation';
import { IsoDaySchema } from './date';

/** The listing of a jurisdiction the body's document does not name. */
export const NOT_LISTED = 'not-listed';
/** The listing of a jurisdiction whose presence in the document could not be established. */
export const NOT_ESTABLISHED = 'not-established';

/** What the two listings every assessment has mean, as shown beside a classification. */
export const RESERVED_LISTINGS = {
	[NOT_LISTED]: {
		label: 'Not listed',
		meaning: 'The document does not name this jurisdiction in any of its lists or sections.',
	},
	[NOT_ESTABLISHED]: {
		label: 'Listing not established',
		meaning:
			'Whether the document names this jurisdiction could not be established from the copies read.',
	},
} as const;

const ListingIdSchema = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Expected a list id in kebab-case' });

/** What one outside body said about one jurisdiction, reported as that body's words, never ours. */
export const ClassificationSchema = z.strictObject({
	/** The id of an assessments entry. */
	assessment: z.string().min(1),
	/**
	 * The id of the assessment's list the jurisdiction appears in (e.g. `cities`), several when it
	 * appears in more than one (`[cities, counties]`), or `not-listed` / `not-established`.
	 */
	listing: z
		.union([ListingIdSchema, z.array(ListingIdSchema).min(1)], {
			error: 'Expected the id of one of the assessment’s lists (or not-listed / not-established)',
		})
		.transform((value) => (Array.isArray(value) ? value : [value])),
	/** The body's finding for this jurisdiction in a few words, e.g. "Named as possibly violating §1373". */
	result: z.string().min(3),
	/** More detail: what the body asked or claimed, and how the jurisdiction answered, attributed. */
	detail: z.string().min(10).optional(),
	sources: CitationsSchema,
	verified: IsoDaySchema,
});

export type Classification = z.output<typeof ClassificationSchema>;
