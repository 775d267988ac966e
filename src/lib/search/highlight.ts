import { foldKeepingPositions } from './fold';

/** A run of text that is or is not a match for the query. */
export interface Segment {
	text: string;
	match: boolean;
}

/** Query words worth highlighting: two characters or more, accents and case folded. */
function queryWords(query: string): string[] {
	return [
		...new Set(
			query
				.normalize('NFD')
				.replace(/\p{M}+/gu, '')
				.toLowerCase()
				.split(/[^\p{L}\p{N}]+/u)
				.filter((w) => w.length >= 2)
		),
	];
}

/**
 * Splits `text` into matching and non-matching runs for the query's words (case and accent
 * insensitive). Views render the runs as text nodes, so nothing in the text or query becomes markup.
 * @param text The text to show.
 * @param query What the reader typed.
 */
export function highlightSegments(text: string, query: string): Segment[] {
	const words = queryWords(query);
	if (words.length === 0 || text.length === 0) return [{ text, match: false }];
	const { folded, origin } = foldKeepingPositions(text);
	const marked = new Uint8Array(text.length);
	for (const word of words) {
		for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
			const start = origin[at]!;
			const end = origin[at + word.length - 1]!;
			marked.fill(1, start, end + 1);
		}
	}
	const segments: Segment[] = [];
	let from = 0;
	for (let i = 1; i <= text.length; i++) {
		if (i < text.length && marked[i] === marked[from]) continue;
		segments.push({ text: text.slice(from, i), match: marked[from] === 1 });
		from = i;
	}
	return segments;
}

/**
 * A short excerpt of `text` around the first highlighted word, with ellipses where it was cut.
 * @param text The full text.
 * @param query What the reader typed.
 * @param length Roughly how many characters to keep.
 */
export function snippet(text: string, query: string, length = 160): string {
	if (text.length <= length) return text;
	const segments = highlightSegments(text, query);
	let firstMatch = 0;
	let position = 0;
	for (const segment of segments) {
		if (segment.match) {
			firstMatch = position;
			break;
		}
		position += segment.text.length;
	}
	const start = Math.max(0, Math.min(firstMatch - Math.floor(length / 3), text.length - length));
	const cutStart = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
	const end = Math.min(text.length, cutStart + length);
	const cutEnd =
		end === text.length
			? end
			: text.lastIndexOf(' ', end) > cutStart
				? text.lastIndexOf(' ', end)
				: end;
	return `${cutStart > 0 ? '… ' : ''}${text.slice(cutStart, cutEnd)}${cutEnd < text.length ? ' …' : ''}`;
}
