import type { ContentProblem } from './content-problem';
import type { DataEntry, Dataset } from './dataset-types';
import type { Jurisdiction } from '../schemas/jurisdiction';
import { STATE_NAMES } from './states';

/**
 * The Spanish names of a jurisdiction page (its own entry, or for a state or federal district
 * without one, its state's), empty where Spanish uses the English name.
 */
export function spanishNamesOf(
	dataset: Pick<Dataset, 'placeNamesEs'>,
	entry: DataEntry<Jurisdiction>
): string[] {
	const names = dataset.placeNamesEs?.data;
	const own = names?.jurisdictions[entry.id];
	const byState =
		entry.data.kind === 'state' || entry.data.kind === 'federal-district'
			? names?.states[entry.data.state]
			: undefined;
	const found = own ?? byState;
	return found ? [found.name, ...(found.aliases ?? [])] : [];
}

/**
 * Problems of content/place-names-es.yaml: a key that names no page or no state, and a name that is
 * the English one (the file lists only names that differ).
 * @param jurisdictionIds Ids of every jurisdiction file, read or not.
 */
export function checkPlaceNamesEs(
	dataset: Pick<Dataset, 'placeNamesEs' | 'jurisdictions'>,
	jurisdictionIds: ReadonlySet<string>
): ContentProblem[] {
	const entry = dataset.placeNamesEs;
	if (!entry) return [];
	const file = entry.filePath ?? 'content/place-names-es.yaml';
	const english = new Map(dataset.jurisdictions.map((j) => [j.id, j.data.name]));
	const problems: ContentProblem[] = [];
	for (const [id, { name }] of Object.entries(entry.data.jurisdictions)) {
		if (!jurisdictionIds.has(id))
			problems.push({
				file,
				field: `jurisdictions.${id}`,
				message: `unknown jurisdiction "${id}" (no content/jurisdictions/${id}.mdx); use a page's id`,
			});
		else if (english.get(id) === name)
			problems.push({
				file,
				field: `jurisdictions.${id}.name`,
				message: `"${name}" is the English name; list only names that differ`,
			});
	}
	for (const [code, { name }] of Object.entries(entry.data.states)) {
		if (!(code in STATE_NAMES))
			problems.push({
				file,
				field: `states.${code}`,
				message: `unknown state "${code}"; use a two-letter postal code such as NY`,
			});
		else if (STATE_NAMES[code] === name)
			problems.push({
				file,
				field: `states.${code}.name`,
				message: `"${name}" is the English name; list only names that differ`,
			});
	}
	return problems;
}
