import type {
	AgencyType,
	Ice287gList,
	Ice287gRow,
	Ice287gUnplaced,
} from '../../schemas/ice-287g.ts';
import { STATE_NAMES } from '../states.ts';
import { findCounty } from './counties.ts';
import type { Corrections } from './corrections.ts';
import {
	SheetError,
	agencyId,
	cleanText,
	parseAgencyType,
	parseModel,
	parseSigned,
} from './normalize.ts';
import type { RawList, RawRow } from './read.ts';

/** Upper-case state names as ICE writes them → postal code. */
const STATE_BY_NAME = new Map(
	Object.entries(STATE_NAMES).map(([code, name]) => [name.toUpperCase(), code])
);

/** COUNTY cells that say "no county" rather than name one. */
const NO_COUNTY = new Set(['', '#N/A', '#NA', 'N/A', 'NA']);

/** Which raw file speaks for a list when several copies exist: ICE's own workbook first. */
const FORMAT_RANK: Record<RawList['format'], number> = {
	'ICE workbook': 0,
	'archived web-table capture': 1,
	'third-party CSV export': 2,
};

/** What a file name or capture says about a list: kind, date, time and what the date rests on. */
export interface ListIdentity {
	id: string;
	kind: 'participating' | 'pending';
	date: string;
	time: string | null;
	dateBasis: 'ICE file name' | 'web archive capture';
}

/**
 * Reads a list's kind and date from ICE's file name (`participatingAgencies05182026am.xlsx`, also
 * `…091526pm` with a two-digit year) or from the capture time of a pre-2025 scrape; fails on a
 * name it cannot read rather than guessing.
 */
export function identify(raw: RawList): ListIdentity {
	const kind = /pending/i.test(raw.file) ? 'pending' : 'participating';
	const prefix = kind === 'pending' ? 'pending-' : '';
	if (raw.captured) {
		const [date, time] = raw.captured.split(' ');
		return {
			id: `${prefix}${date}`,
			kind,
			date: date!,
			time: time ?? null,
			dateBasis: 'web archive capture',
		};
	}
	const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(raw.file);
	const ice = /(\d{2})(\d{2})(\d{4}|\d{2})(am|pm)?[a-z0-9]*\.(xlsx|csv)$/i.exec(raw.file);
	let date: string | undefined;
	let time: string | null = null;
	if (iso) date = `${iso[1]}-${iso[2]}-${iso[3]}`;
	else if (ice) {
		const year = ice[3]!.length === 2 ? `20${ice[3]}` : ice[3]!;
		date = `${year}-${ice[1]}-${ice[2]}`;
		time = ice[4]?.toLowerCase() ?? null;
	}
	if (!date || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
		throw new Error(`${raw.file}: cannot read the list date from the file name`);
	}
	return { id: `${prefix}${date}`, kind, date, time, dateBasis: 'ICE file name' };
}

/** A row read and normalised, before it is placed on the map. */
interface ParsedRow extends Omit<
	Ice287gRow,
	'placement' | 'countyFips' | 'countyName' | 'placedBy'
> {}

function stateCode(file: string, row: RawRow, corrections: Corrections): string {
	const name = row.state.toUpperCase();
	const code = STATE_BY_NAME.get(name) ?? corrections.states.find((s) => s.asGiven === name)?.state;
	if (!code) throw new SheetError(file, row.row, 'STATE', `unknown state "${row.state}"`);
	return code;
}

function parseRow(file: string, year: number, row: RawRow, corrections: Corrections): ParsedRow {
	const state = stateCode(file, row, corrections);
	const given = cleanText(row.agency);
	// A reviewed variant shares the id of the name it stands for; the row keeps ICE's spelling.
	const sameAs =
		corrections.names.find((n) => n.state === state && n.asGiven === given)?.name ?? given;
	const model = parseModel(row.support);
	if (!model)
		throw new SheetError(file, row.row, 'SUPPORT TYPE', `unknown support type "${row.support}"`);
	let type: AgencyType | null = null;
	if (row.type !== null) {
		const parsed = parseAgencyType(row.type);
		if (!parsed) throw new SheetError(file, row.row, 'TYPE', `unknown agency type "${row.type}"`);
		type = parsed;
	}
	const county = row.county === null ? null : cleanText(row.county);
	return {
		row: row.row,
		state,
		agencyId: agencyId(state, sameAs),
		agency: given,
		type,
		model,
		countyAsGiven: county === null || county === '' ? null : county,
		...parseSigned(row.signed, year),
		moa: row.moa.url,
		moaText: row.moa.text,
		addendum: row.addendum.url,
	};
}

/** The fields two copies of one list must agree on (the export lost the link URLs, so not those). */
function rowKey(row: ParsedRow): string {
	return [
		row.state,
		row.agencyId,
		row.model,
		row.countyAsGiven,
		row.signed,
		row.signedAsGiven,
	].join('|');
}

type Placed = Pick<Ice287gRow, 'placement' | 'countyFips' | 'countyName' | 'placedBy'>;

/** A county placement another list gives the same agency, for rows that lack one. */
interface Known {
	type: AgencyType | null;
	placed: Placed | undefined;
	list: string;
}

function fromCounty(
	state: string,
	text: string,
	corrections: Corrections,
	placedBy: string
): Placed | string {
	const fixed =
		corrections.counties.find((c) => c.state === state && c.asGiven === text)?.county ?? text;
	const found = findCounty(state, fixed);
	if ('problem' in found) return found.problem;
	return { placement: 'county', countyFips: found.fips, countyName: found.name, placedBy };
}

const STATE_LEVEL = (placedBy: string): Placed => ({
	placement: 'state',
	countyFips: null,
	countyName: null,
	placedBy,
});

/**
 * Places one row: a state agency at state level (never in a county, whatever its COUNTY cell
 * says); otherwise the COUNTY cell; otherwise "<Name> County …" in the agency's name; otherwise the
 * same agency's county on another list; otherwise a reviewed correction; otherwise unplaced.
 */
function place(
	row: ParsedRow,
	known: Known | undefined,
	corrections: Corrections
): Placed | string {
	const decision = corrections.agencies.find((a) => a.id === row.agencyId);
	const type = row.type ?? known?.type ?? null;
	if (type === 'state') {
		return STATE_LEVEL(
			row.type ? 'TYPE column: state agency' : `TYPE "state agency" on ICE list ${known!.list}`
		);
	}
	const problems: string[] = [];
	if (row.countyAsGiven && !NO_COUNTY.has(row.countyAsGiven.toUpperCase())) {
		const placed = fromCounty(row.state, row.countyAsGiven, corrections, 'COUNTY column');
		if (typeof placed !== 'string') return placed;
		problems.push(`COUNTY ${placed}`);
	}
	const named = /^(.+?)\s+(County|Parish)\b/i.exec(row.agency);
	if (named && type !== 'municipality') {
		const placed = fromCounty(row.state, `${named[1]} ${named[2]}`, corrections, 'agency name');
		if (typeof placed !== 'string') return placed;
		problems.push(`agency name: ${placed}`);
	}
	if (known?.placed)
		return {
			...known.placed,
			placedBy: `same agency on ICE list ${known.list} (${known.placed.placedBy})`,
		};
	if (decision) {
		if (decision.placement === 'state') return STATE_LEVEL(`reviewed correction: ${decision.why}`);
		const placed = fromCounty(
			row.state,
			decision.county ?? '',
			corrections,
			`reviewed correction: ${decision.why}`
		);
		if (typeof placed !== 'string') return placed;
		problems.push(`correction: ${placed}`);
	}
	if (row.type === null && !known) {
		problems.push('no TYPE or COUNTY column before 2025, and the agency is on no 2025+ list');
	} else if (!row.countyAsGiven || NO_COUNTY.has(row.countyAsGiven.toUpperCase())) {
		problems.push(
			`no county given (COUNTY is ${row.countyAsGiven ? `"${row.countyAsGiven}"` : 'empty'}) and no other list gives one`
		);
	}
	return problems.join('; ');
}

/** Everything the importer writes: one list per id, and the rows it could not place. */
export interface BuildResult {
	lists: Ice287gList[];
	unplaced: Ice287gUnplaced[];
}

/**
 * Turns raw files into normalised, placed lists. Copies of one list (ICE's workbook and a
 * third-party export of it) must agree row by row, or the import fails.
 */
export function buildLists(raws: RawList[], corrections: Corrections): BuildResult {
	const parsed = raws.map((raw) => {
		const identity = identify(raw);
		const year = Number(identity.date.slice(0, 4));
		return { raw, identity, rows: raw.rows.map((r) => parseRow(raw.file, year, r, corrections)) };
	});
	const groups = new Map<string, typeof parsed>();
	for (const item of parsed)
		groups.set(item.identity.id, [...(groups.get(item.identity.id) ?? []), item]);

	const chosen = [...groups.values()].map((group) => {
		const [primary, ...copies] = [...group].sort(
			(a, b) =>
				FORMAT_RANK[a.raw.format] - FORMAT_RANK[b.raw.format] ||
				a.raw.file.localeCompare(b.raw.file)
		);
		if (copies.some((c) => c.raw.format === primary!.raw.format)) {
			throw new Error(
				`${group.map((g) => g.raw.file).join(', ')}: two files of the same kind for list ${primary!.identity.id}`
			);
		}
		const checked = copies.map((copy) => {
			const mine = primary!.rows.map(rowKey);
			const theirs = copy.rows.map(rowKey);
			const index = mine.findIndex((key, i) => key !== theirs[i]);
			if (mine.length !== theirs.length || index >= 0) {
				const at = index >= 0 ? index : Math.min(mine.length, theirs.length);
				throw new Error(
					`${copy.raw.file}: row ${copy.rows[at]?.row ?? 'end'} differs from ${primary!.raw.file} row ${primary!.rows[at]?.row ?? 'end'}`
				);
			}
			return {
				file: copy.raw.file,
				sha256: copy.raw.sha256,
				check: `same ${theirs.length} rows as ${primary!.raw.file} (state, agency, model, county, signed); its links carry no URLs`,
			};
		});
		return { ...primary!, copies: checked };
	});

	// Placements that 2025+ lists give an agency, newest list first, to fill in rows that lack one.
	const known = new Map<string, Known>();
	const newestFirst = [...chosen].sort((a, b) => b.identity.date.localeCompare(a.identity.date));
	for (const item of newestFirst) {
		for (const row of item.rows) {
			if (row.type === null) continue;
			const entry = known.get(row.agencyId);
			const placed = place(row, undefined, { ...corrections, agencies: [] });
			// Only a county is learned: a state placement follows the row's own TYPE, never another list's.
			const usable =
				typeof placed === 'string' || placed.placement !== 'county' ? undefined : placed;
			if (!entry)
				known.set(row.agencyId, { type: row.type, placed: usable, list: item.identity.date });
			else if (!entry.placed && usable) entry.placed = usable;
		}
	}

	const unplaced: Ice287gUnplaced[] = [];
	const lists = chosen
		.sort((a, b) => a.identity.id.localeCompare(b.identity.id))
		.map(({ raw, identity, rows, copies }) => ({
			...identity,
			file: raw.file,
			sha256: raw.sha256,
			format: raw.format,
			copies,
			rawRows: raw.rawRows,
			blankRows: raw.blankRows,
			rows: rows.map((row): Ice287gRow => {
				const placed = place(row, known.get(row.agencyId), corrections);
				if (typeof placed === 'string') {
					unplaced.push({
						list: identity.id,
						file: raw.file,
						row: row.row,
						state: row.state,
						agency: row.agency,
						countyAsGiven: row.countyAsGiven,
						reason: placed,
					});
					return {
						...row,
						placement: 'unplaced',
						countyFips: null,
						countyName: null,
						placedBy: placed,
					};
				}
				return { ...row, ...placed };
			}),
		}));
	return { lists, unplaced };
}
