import type { AgencyType, Model } from '../../schemas/ice-287g.ts';

/**
 * Trims and tidies a cell as ICE's lists need it: non-breaking spaces and runs of spaces become one
 * space, curly apostrophes become straight ones (20–24 pre-2025 names use `’`).
 */
export function cleanText(value: string): string {
	return value
		.normalize('NFC')
		.replace(/[\u00a0\s]+/g, ' ')
		.replace(/[\u2018\u2019\u02bc]/g, "'")
		.trim();
}

/** An error about one cell of a raw file, naming the file, row and column as the team rules ask. */
export class SheetError extends Error {
	constructor(file: string, row: number, column: string, message: string) {
		super(`${file}: row ${row}, column ${column}: ${message}`);
		this.name = 'SheetError';
	}
}

const MODEL_WORDS: Record<string, Model> = {
	'jail enforcement model': 'JEM',
	'warrant service officer': 'WSO',
	// ICE's 2025–26 sheets once spell it without the final letter.
	'warrant service office': 'WSO',
	'task force model': 'TFM',
};

/** The model code for ICE's SUPPORT TYPE text, or undefined when the text is not one ICE uses. */
export function parseModel(text: string): Model | undefined {
	return MODEL_WORDS[cleanText(text).toLowerCase()];
}

const TYPE_WORDS: Record<string, AgencyType> = {
	county: 'county',
	municipality: 'municipality',
	'state agency': 'state',
	state: 'state',
};

/** The agency type for ICE's TYPE text, or undefined when the text is not one ICE uses. */
export function parseAgencyType(text: string): AgencyType | undefined {
	return TYPE_WORDS[cleanText(text).toLowerCase()];
}

/**
 * The part of an agency id after the state: lower case, apostrophes and punctuation dropped,
 * `Sheriffs`/`Sheriff's` made one word, and the stray "(Addendum)" ICE once put in a name removed,
 * so the same agency keeps its id across ICE's spellings.
 */
export function agencyKey(name: string): string {
	return cleanText(name)
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/\(addendum\)/g, '')
		.replace(/&/g, ' and ')
		.replace(/'/g, '')
		.replace(/\bsheriffs\b/g, 'sheriff')
		.replace(/\bdept\b\.?/g, 'department')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** The stable id of an agency: `fl-miami-dade-county-sheriff-office`. */
export function agencyId(state: string, name: string): string {
	return `${state.toLowerCase()}-${agencyKey(name)}`;
}

/** The result of reading a SIGNED cell: a real ISO day, or ICE's text kept as given. */
export interface SignedDate {
	signed: string | null;
	signedAsGiven: string | null;
}

/** Signed dates outside these years are typos (ICE once wrote 5025) and are kept only as text. */
const FIRST_YEAR = 2002;

/**
 * Reads a SIGNED cell: workbook dates arrive as `Date` (exceljs applies the cell's date format to
 * Excel serials), captures and exports as `YYYY-MM-DD[ 00:00:00]`. Anything else, or a year that
 * cannot be right, is kept verbatim in `signedAsGiven` and never guessed into a date.
 * @param value The cell value.
 * @param listYear The year of the list, the latest plausible signing year.
 */
export function parseSigned(value: unknown, listYear: number): SignedDate {
	if (value === null || value === undefined || value === '') {
		return { signed: null, signedAsGiven: null };
	}
	let iso: string | undefined;
	let text: string;
	if (value instanceof Date) {
		iso = value.toISOString().slice(0, 10);
		text = iso;
	} else {
		text = cleanText(String(value));
		const match = /^(\d{4}-\d{2}-\d{2})(?: 00:00:00)?$/.exec(text);
		if (match) iso = match[1];
	}
	if (iso) {
		const year = Number(iso.slice(0, 4));
		const real = new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso;
		if (real && year >= FIRST_YEAR && year <= listYear) return { signed: iso, signedAsGiven: null };
	}
	return { signed: null, signedAsGiven: text };
}
