/**
 * Search-time normalisation shared by the index and the query, so loosely typed legal citations
 * meet their written forms: "8 USC 1373", "§1373" and "8 U.S.C. § 1373" all fold to "8 usc 1373",
 * "287(g)" and "287g" to "287g", "Local Law 228" and "LL 228" to "ll 228". Accents are dropped so
 * Spanish names typed without them still match.
 */
export function foldForSearch(text: string): string {
	return (
		text
			.normalize('NFD')
			.replace(/\p{M}+/gu, '')
			.toLowerCase()
			.replace(/u\.\s*s\.\s*c\.?/g, 'usc')
			.replace(/(\d)\s*\(\s*([a-z])\s*\)/g, '$1$2')
			.replace(/\blocal\s+laws?\b/g, 'll')
			.replace(/\bsections?\b|§+/g, ' ')
			// Keep dots and dashes inside numbers (41.6.1, 9-131); everything else that is not a
			// letter or digit separates words.
			.replace(/(\d)[.-](?=\d)/g, '$1\u0000')
			.replace(/[^\p{L}\p{N}\u0000]+/gu, ' ')
			.replace(/\u0000/g, '.')
			.trim()
			.replace(/\s+/g, ' ')
	);
}

/** A text folded character by character, with a map from each folded position back to the original. */
export interface FoldedText {
	folded: string;
	/** `origin[i]` is the index in the original text of folded character `i`. */
	origin: number[];
}

/**
 * Folds case and accents only (one output character per letter), keeping positions, so highlights
 * found in the folded text can be drawn on the original.
 */
export function foldKeepingPositions(text: string): FoldedText {
	// Most text is plain ASCII: folding it is lowercasing, one character for one. Folding each
	// character on its own cost a long task on the main thread when 50 results are drawn.
	if (/^[\x00-\x7f]*$/.test(text))
		return { folded: text.toLowerCase(), origin: Array.from(text, (_, i) => i) };
	let folded = '';
	const origin: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const simple = text[i]!.normalize('NFD')
			.replace(/\p{M}+/gu, '')
			.toLowerCase();
		for (const ch of simple) {
			folded += ch;
			origin.push(i);
		}
	}
	return { folded, origin };
}
