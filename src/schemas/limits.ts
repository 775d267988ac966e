/**
 * Size limits for content. Generous against today's longest values (a 956-character description, a
 * 23 KB page) but small enough that a pasted document or a YAML alias trick cannot make 20 MB pages
 * or a 30 MB search index. Every message names the limit.
 */

/** Largest content file, in bytes, before anything is parsed. */
export const FILE_LIMIT_BYTES = 200_000;

/** Longest MDX body (the page text under the frontmatter), in characters. */
export const BODY_LIMIT_CHARS = 60_000;

/** Longest list in any field (sources of one fact, policies of one page, …). */
export const LIST_LIMIT = 200;

/** Prose fields: a paragraph, never a document. */
const PROSE_FIELDS = new Set([
	'summary',
	'description',
	'detail',
	'standing',
	'note',
	'how',
	'what',
	'meaning',
	'short',
	'copyOf',
]);

/** Longest prose field, in characters. */
export const PROSE_LIMIT_CHARS = 4_000;

/** Longest URL, in characters. */
export const URL_LIMIT_CHARS = 2_000;

/** Longest of any other text field (names, titles, ids, pinpoints), in characters. */
export const SHORT_LIMIT_CHARS = 500;

/** The character limit for a text field, by its name. */
export function textLimit(field: string): number {
	if (PROSE_FIELDS.has(field)) return PROSE_LIMIT_CHARS;
	if (field === 'url' || field === 'archiveUrl') return URL_LIMIT_CHARS;
	return SHORT_LIMIT_CHARS;
}

/** One value over its limit, located by its path in the parsed file. */
export interface SizeIssue {
	path: (string | number)[];
	message: string;
}

/** Every text field and list in `data` that is longer than its limit. */
export function checkSizes(data: unknown, path: (string | number)[] = []): SizeIssue[] {
	if (typeof data === 'string') {
		const field = String(path.findLast((part) => typeof part === 'string') ?? '');
		const limit = textLimit(field);
		return data.length > limit
			? [{ path, message: `${data.length} characters; the limit is ${limit}. Shorten it` }]
			: [];
	}
	if (Array.isArray(data)) {
		const own: SizeIssue[] =
			data.length > LIST_LIMIT
				? [{ path, message: `${data.length} items; the limit is ${LIST_LIMIT}` }]
				: [];
		return [...own, ...data.flatMap((item, index) => checkSizes(item, [...path, index]))];
	}
	if (data && typeof data === 'object') {
		return Object.entries(data).flatMap(([key, value]) => checkSizes(value, [...path, key]));
	}
	return [];
}
