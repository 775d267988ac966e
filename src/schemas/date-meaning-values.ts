// The vocabulary lives apart from the zod schemas so browser scripts can use it without bundling zod.

/**
 * What a date stands for. A rule has several dates (passed, signed, in force); a value's date must say
 * which one it is, so two pages never mean different things by the same field.
 */
export const DATE_MEANINGS = [
	'enacted',
	'signed',
	'adopted',
	'issued',
	'effective',
	'announced',
	'ruling',
	'filed',
	'published',
	'reported',
	'expired',
	'repealed',
	'ended',
] as const;

/** Plain-language labels for each date meaning, as shown beside a date. */
export const DATE_MEANING_LABELS: Record<DateMeaning, string> = {
	enacted: 'passed by the legislature or council',
	signed: 'signed',
	adopted: 'adopted',
	issued: 'issued',
	effective: 'took effect',
	announced: 'announced',
	ruling: 'court ruling',
	filed: 'filed',
	published: 'published',
	reported: 'first reported; the rule may be older',
	expired: 'expired',
	repealed: 'repealed',
	ended: 'ended',
};

/** How precisely a date is known; a month-precision date is written as the first of the month. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;

export type DateMeaning = (typeof DATE_MEANINGS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
