/**
 * The importer's reasons for leaving a row unplaced (build.ts and counties.ts write them in English,
 * into content/ice-287g/unplaced.json and the downloads), read back into their parts so a page in
 * another language can word them. A reason of a shape not known here stops the build naming it,
 * as a missing translation does, rather than showing English on a Spanish page.
 */

import type { Translate } from '../i18n/strings';

/** Which clue failed to give a county: ICE's COUNTY cell, the agency's name, or a correction. */
export type ReasonClue = 'county' | 'name' | 'correction';

/** One part of an unplaced row's reason; a reason is one or more of them, joined by "; ". */
export type ReasonPart =
	/** ICE gave no usable COUNTY (`given` is its cell, or null when empty) and no other list did. */
	| { kind: 'no-county'; given: string | null }
	/** A pre-2025 list (no TYPE or COUNTY column) and the agency is on no 2025+ list. */
	| { kind: 'no-columns' }
	/** A clue named no county of the state in us-atlas. */
	| { kind: 'no-match'; clue: ReasonClue; text: string; state: string }
	/** A clue named several counties of the state; `fips` lists them as the importer did. */
	| { kind: 'several'; clue: ReasonClue; text: string; state: string; count: number; fips: string }
	/** The state has no counties in us-atlas. */
	| { kind: 'no-counties'; clue: ReasonClue; state: string };

const CLUES: [string, ReasonClue][] = [
	['COUNTY ', 'county'],
	['agency name: ', 'name'],
	['correction: ', 'correction'],
];

/** Reads a county problem of counties.ts (`findCounty`) found from one clue. */
function countyProblem(clue: ReasonClue, text: string): ReasonPart | undefined {
	let m = /^"(.*)" matches no county of ([A-Z]{2}) in us-atlas$/.exec(text);
	if (m) return { kind: 'no-match', clue, text: m[1]!, state: m[2]! };
	m = /^"(.*)" matches (\d+) counties of ([A-Z]{2}) \(([\d, ]+)\)$/.exec(text);
	if (m)
		return { kind: 'several', clue, text: m[1]!, count: Number(m[2]), state: m[3]!, fips: m[4]! };
	m = /^state ([A-Z]{2}) has no counties in us-atlas$/.exec(text);
	if (m) return { kind: 'no-counties', clue, state: m[1]! };
	return undefined;
}

/** Reads one part of a reason, or undefined when its shape is unknown. */
function readPart(text: string): ReasonPart | undefined {
	if (text === 'no TYPE or COUNTY column before 2025, and the agency is on no 2025+ list')
		return { kind: 'no-columns' };
	const none = /^no county given \(COUNTY is (?:"(.*)"|empty)\) and no other list gives one$/.exec(
		text
	);
	if (none) return { kind: 'no-county', given: none[1] ?? null };
	for (const [prefix, clue] of CLUES) {
		if (text.startsWith(prefix)) return countyProblem(clue, text.slice(prefix.length));
	}
	return undefined;
}

/**
 * An unplaced row's reason as its parts.
 * @throws When a part has a shape this module does not know, naming the reason, so the importer's
 * new wording gets its translation before a page shows it.
 */
export function reasonParts(reason: string): ReasonPart[] {
	return reason.split('; ').map((text) => {
		const part = readPart(text);
		if (!part)
			throw new Error(
				`content/ice-287g/unplaced.json: reason "${reason}": the part "${text}" has no translation; add its shape to src/lib/ice-287g/reasons.ts and its words to content/i18n/es/pages/ice-287g.yaml`
			);
		return part;
	});
}

/** One part of a reason in the page's words (the `reason.*` strings of pages/ice-287g). */
function partWords(part: ReasonPart, t: Translate): string {
	switch (part.kind) {
		case 'no-county':
			return part.given === null
				? t('reason.no-county-empty')
				: t('reason.no-county', { given: part.given });
		case 'no-columns':
			return t('reason.no-columns');
		default:
			return t(`reason.${part.kind}`, { ...part, clue: t(`reason.clue.${part.clue}`) });
	}
}

/** An unplaced row's reason worded by the page's string table, part by part. */
export function reasonText(reason: string, t: Translate): string {
	return reasonParts(reason)
		.map((part) => partWords(part, t))
		.join('; ');
}
