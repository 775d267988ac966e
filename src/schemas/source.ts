import { z } from 'astro/zod';
import { IsoDaySchema, PartialDateSchema } from './date';
import { HttpUrlSchema } from './url';

/** Kinds of documents, ordered from primary (the law itself) to secondary (reports about it). */
export const SOURCE_KINDS = [
	'statute',
	'ordinance',
	'executive-order',
	'regulation',
	'police-directive',
	'court-ruling',
	'court-filing',
	'government-letter',
	'government-report',
	'government-data',
	'government-statement',
	'news-report',
	'advocacy-report',
	'academic',
] as const;

/** Plain-language labels for each source kind. */
export const SOURCE_KIND_LABELS: Record<(typeof SOURCE_KINDS)[number], string> = {
	statute: 'Statute',
	ordinance: 'Local ordinance',
	'executive-order': 'Executive order',
	regulation: 'Regulation',
	'police-directive': 'Police or jail directive',
	'court-ruling': 'Court ruling',
	'court-filing': 'Court filing',
	'government-letter': 'Government letter',
	'government-report': 'Government report',
	'government-data': 'Government data',
	'government-statement': 'Government statement',
	'news-report': 'News report',
	'advocacy-report': 'Advocacy or think-tank report',
	academic: 'Academic work',
};

/** A document the site cites; one YAML file per source in content/sources/. */
export const SourceSchema = z.strictObject({
	/** The document's own title. */
	title: z.string().min(3),
	/**
	 * The language of the document and its title, as a two-letter code (`es`), where it is not
	 * English; pages mark the title with it so screen readers read it in that language.
	 */
	language: z
		.string()
		.regex(/^[a-z]{2}$/, 'a two-letter language code such as es')
		.refine((code) => code !== 'en', 'leave language out for English documents')
		.optional(),
	/** Who issued or published it (a court, a council, a newspaper). */
	publisher: z.string().min(2),
	/** What kind of document it is; primary kinds are preferred over news and advocacy. */
	kind: z.enum(SOURCE_KINDS),
	/** Where the document can be read. */
	url: HttpUrlSchema,
	/** When it was issued or published (year, month or day precision). */
	published: PartialDateSchema,
	/** When one of us last opened the document and checked what we cite it for. */
	verified: IsoDaySchema,
	/** A stable archived copy, where one exists. */
	archiveUrl: HttpUrlSchema.optional(),
	/**
	 * Set when this is a copy or repost of a document published elsewhere: names the original (its
	 * title, issuer and date). Absent means the URL is the issuer's own publication of the document.
	 */
	copyOf: z.string().min(10).optional(),
	/** The day the document's own text says it expires (an emergency act, a temporary order). */
	expires: IsoDaySchema.optional(),
	/** A caveat a reader should know, e.g. that the copy is a mirror or the publisher is an advocacy group. */
	note: z.string().min(1).optional(),
});

export type Source = z.output<typeof SourceSchema>;
