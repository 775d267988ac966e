import { z } from 'astro/zod';

/** The value every dimension has: we looked and could not establish the answer. */
export const NOT_FOUND = 'not-found';

/** The value every dimension has: there is no rule on the question at this level of government. */
export const NO_RULE = 'no-rule';

const DimensionValueSchema = z.strictObject({
	/** Stable id used in jurisdiction files, e.g. `judicial-warrant`. */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Expected a kebab-case id' }),
	/** The value in plain words, as shown in tables. */
	label: z.string().min(2),
	/** One sentence saying exactly what a jurisdiction must do to be coded with this value. */
	description: z.string().min(10),
});

/** A comparison criterion: one MDX file per dimension in content/dimensions/. */
export const DimensionSchema = z
	.strictObject({
		/** Full name, e.g. "ICE detainers (hold requests)". */
		title: z.string().min(3),
		/** Column heading for narrow tables. */
		shortTitle: z.string().min(2),
		/** The question a value answers. */
		question: z.string().min(10),
		/** Position among the dimensions (columns are ordered by it). */
		order: z.number().int(),
		/** Allowed values in a fixed order; `not-found` is appended automatically. */
		values: z.array(DimensionValueSchema).min(2),
	})
	.superRefine((dimension, ctx) => {
		const seen = new Set<string>();
		dimension.values.forEach((value, index) => {
			if (value.id === NOT_FOUND || value.id === NO_RULE) {
				ctx.addIssue({
					code: 'custom',
					path: ['values', index, 'id'],
					message: `"${value.id}" is added to every dimension automatically; do not list it`,
				});
			}
			if (seen.has(value.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['values', index, 'id'],
					message: `Duplicate value id "${value.id}"`,
				});
			}
			seen.add(value.id);
		});
	})
	.transform((dimension) => ({
		...dimension,
		values: [
			...dimension.values,
			{
				id: NO_RULE,
				label: 'No rule at this level',
				description:
					'We read the laws, orders and written policies of this government and found none on the question; the answer, if any, comes from another level (see the layers).',
			},
			{
				id: NOT_FOUND,
				label: 'Not found',
				description:
					'We searched and could not establish a rule or practice from a source we could read.',
			},
		],
	}));

export type Dimension = z.output<typeof DimensionSchema>;
export type DimensionValue = Dimension['values'][number];
