/** Abbreviations after which a full stop does not end a sentence in the atlas's summaries. */
const ABBREVIATIONS = new Set([
	'U.S.',
	'U.S.C.',
	'St.',
	'No.',
	'Nos.',
	'v.',
	'vs.',
	'Mr.',
	'Ms.',
	'Mrs.',
	'Dr.',
	'Gov.',
	'Sen.',
	'Rep.',
	'Gen.',
	'Atty.',
	'Jr.',
	'Sr.',
	'Inc.',
	'Co.',
	'Corp.',
	'Dept.',
	'Jan.',
	'Feb.',
	'Mar.',
	'Apr.',
	'Aug.',
	'Sept.',
	'Sep.',
	'Oct.',
	'Nov.',
	'Dec.',
	'Ord.',
	'Res.',
	'Stat.',
	'Rev.',
	'Art.',
	'Sec.',
	'ch.',
	'art.',
	'sec.',
	'e.g.',
	'i.e.',
]);

/** How many times a character occurs in a text. */
function count(text: string, char: string): number {
	return text.split(char).length - 1;
}

/** The sentences of a text, split only where a full stop, question or exclamation mark ends one. */
export function sentencesOf(text: string): string[] {
	const sentences: string[] = [];
	let start = 0;
	// A sentence ends at . ! or ? (optionally closed by a quote or bracket) before a space and a capital,
	// digit or opening quote; abbreviations and initials ("J.", "U.S.") do not end one.
	for (const m of text.matchAll(/[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g)) {
		const end = m.index + m[0].length;
		const sentence = text.slice(start, end);
		// Inside brackets a stop belongs to a citation such as "(Minn. Stat. § 299A.82)".
		if (count(sentence, '(') > count(sentence, ')')) continue;
		const lastWord = sentence.split(/\s+/).at(-1) ?? '';
		const bare = lastWord.replace(/^["“‘(]+/, '').replace(/["”’)]$/, '');
		if (ABBREVIATIONS.has(bare) || /^[A-Z]\.$/.test(bare) || /^([A-Z]\.){2,}$/.test(bare)) continue;
		sentences.push(text.slice(start, end).trim());
		start = end;
	}
	const rest = text.slice(start).trim();
	if (rest) sentences.push(rest);
	return sentences;
}

/**
 * Splits a summary into a lead short enough for the first screen and the rest, at a sentence
 * boundary, so the page's answers can follow the lead without cutting a sentence.
 * @param summary The jurisdiction's summary.
 * @param maxLead The most characters the lead may have, unless its first sentence is longer.
 */
export function splitSummary(summary: string, maxLead = 320): { lead: string; rest: string } {
	const sentences = sentencesOf(summary);
	let lead = sentences[0] ?? '';
	let taken = 1;
	while (taken < sentences.length && lead.length + 1 + sentences[taken]!.length <= maxLead) {
		lead = `${lead} ${sentences[taken]}`;
		taken += 1;
	}
	return { lead, rest: sentences.slice(taken).join(' ') };
}
