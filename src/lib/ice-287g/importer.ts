import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { agencyHistories } from './history.ts';
import { buildLists } from './build.ts';
import { CorrectionsSchema } from './corrections.ts';
import { readCsv, readWorkbook, sha256, type RawList } from './read.ts';

/** Where the importer reads and writes; tests point these at temporary folders. */
export interface ImportPaths {
	raw: string;
	corrections: string;
	out: string;
}

/** The repository's own paths. */
export const DEFAULT_PATHS: ImportPaths = {
	raw: 'data/ice-287g/raw',
	corrections: 'data/ice-287g/corrections.yaml',
	out: 'content/ice-287g',
};

/** Files in the raw folder that are provenance notes, not lists. */
const NOT_LISTS = new Set(['manifest.csv', 'README.md']);

/**
 * JSON with one array element per line, so a list's diff shows exactly the rows ICE changed and
 * re-importing writes the same bytes.
 */
export function stableJson(value: unknown): string {
	const line = (v: unknown) => JSON.stringify(v);
	if (Array.isArray(value)) return `[\n${value.map(line).join(',\n')}\n]\n`;
	const entries = Object.entries(value as Record<string, unknown>).map(([key, v]) =>
		Array.isArray(v) && v.length > 0
			? `\t${line(key)}: [\n${v.map((e) => `\t\t${line(e)}`).join(',\n')}\n\t]`
			: `\t${line(key)}: ${line(v)}`
	);
	return `{\n${entries.join(',\n')}\n}\n`;
}

/** Reads one raw list file by its extension. */
export async function readRaw(path: string): Promise<RawList> {
	if (path.endsWith('.xlsx')) return readWorkbook(path);
	if (path.endsWith('.csv')) return readCsv(path);
	throw new Error(`${basename(path)}: not an .xlsx workbook or a .csv list`);
}

/** What one import did, for the command's summary. */
export interface ImportSummary {
	lists: { id: string; file: string; rows: number; unplaced: number }[];
	agencies: number;
	unplaced: number;
}

/**
 * Copies new raw files into the raw folder (refusing a different file under a name already
 * there: ICE has reused names), then rebuilds every list, the agency histories and the unplaced
 * report from all raw files, so the output depends only on the raw folder and the corrections.
 */
export async function importLists(
	files: string[],
	paths: ImportPaths = DEFAULT_PATHS
): Promise<ImportSummary> {
	mkdirSync(paths.raw, { recursive: true });
	for (const file of files) {
		const target = join(paths.raw, basename(file));
		if (existsSync(target)) {
			if (sha256(readFileSync(target)) !== sha256(readFileSync(file))) {
				throw new Error(
					`${basename(file)}: a different file of that name is already in ${paths.raw}; rename the new one`
				);
			}
		} else copyFileSync(file, target);
	}
	const corrections = CorrectionsSchema.parse(parseYaml(readFileSync(paths.corrections, 'utf8')));
	const names = readdirSync(paths.raw)
		.filter((n) => !NOT_LISTS.has(n) && /\.(xlsx|csv)$/.test(n))
		.sort();
	const raws: RawList[] = [];
	for (const name of names) raws.push(await readRaw(join(paths.raw, name)));
	const { lists, unplaced } = buildLists(raws, corrections);
	const listDir = join(paths.out, 'lists');
	rmSync(listDir, { recursive: true, force: true });
	mkdirSync(listDir, { recursive: true });
	for (const list of lists) writeFileSync(join(listDir, `${list.id}.json`), stableJson(list));
	const agencies = agencyHistories(lists);
	writeFileSync(join(paths.out, 'agencies.json'), stableJson(agencies));
	writeFileSync(join(paths.out, 'unplaced.json'), stableJson(unplaced));
	return {
		lists: lists.map((l) => ({
			id: l.id,
			file: l.file,
			rows: l.rows.length,
			unplaced: l.rows.filter((r) => r.placement === 'unplaced').length,
		})),
		agencies: agencies.length,
		unplaced: unplaced.length,
	};
}
