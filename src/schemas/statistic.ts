import { z } from 'astro/zod';
import { CitationsSchema } from './citation';
import { IsoDaySchema } from './date';

const count = z.number().int().nonnegative();

/** Detainer requests received, honoured and declined by one agency over one period. */
export const StatisticSchema = z
	.strictObject({
		/** Stable id for permalinks, e.g. `nypd-2017`. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Expected a kebab-case id' }),
		/** The agency whose records the numbers come from (NYPD and DOC figures differ). */
		agency: z.string().min(2),
		/** The period in words, e.g. "Calendar year 2017" or "FY 2016 (July 2015–June 2016)". */
		period: z.string().min(4),
		/** First and last day of the period, for ordering and charts. */
		from: IsoDaySchema,
		to: IsoDaySchema,
		received: count.optional(),
		honoured: count.optional(),
		declined: count.optional(),
		/** What the numbers count and what they leave out. */
		note: z.string().min(1).optional(),
		sources: CitationsSchema,
		verified: IsoDaySchema,
	})
	.superRefine((stat, ctx) => {
		if (stat.from > stat.to) {
			ctx.addIssue({ code: 'custom', path: ['to'], message: '"from" must not be after "to"' });
		}
		if (stat.received === undefined && stat.honoured === undefined && stat.declined === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['received'],
				message: 'A statistic needs at least one of received, honoured or declined',
			});
		}
		if (stat.received !== undefined) {
			for (const field of ['honoured', 'declined'] as const) {
				const part = stat[field];
				if (part !== undefined && part > stat.received) {
					ctx.addIssue({
						code: 'custom',
						path: [field],
						message: `${field} (${part}) cannot exceed received (${stat.received})`,
					});
				}
			}
			// Each request is either honoured or declined (or still open): together they cannot exceed it.
			if (
				stat.honoured !== undefined &&
				stat.declined !== undefined &&
				stat.honoured + stat.declined > stat.received
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['declined'],
					message: `honoured (${stat.honoured}) + declined (${stat.declined}) = ${stat.honoured + stat.declined}, more than received (${stat.received}); check the three figures against the source`,
				});
			}
		}
	});

export type Statistic = z.output<typeof StatisticSchema>;
