import type { Dimension } from '../schemas/dimension';
import type { Jurisdiction } from '../schemas/jurisdiction';
import type { DataEntry } from './dataset-types';
import { type MatrixCell } from './matrix';
import { valueOnDay } from './value-on-day';
import type { Locale } from './urls';
import { byId as entriesById } from './by-id';

/** One level of government whose rules reach a person arrested in a jurisdiction. */
export interface Layer {
	role: 'local' | 'jail' | 'parent';
	jurisdiction: DataEntry<Jurisdiction>;
	/** For the jail layer: the agency that runs it. */
	operator?: string;
	note?: string | undefined;
}

/**
 * The chain of governments above a jurisdiction (Chicago → Cook County → Illinois), nearest first,
 * each once; a cycle in the data ends the walk instead of looping.
 * @param id The starting jurisdiction id.
 * @param jurisdictions All jurisdictions.
 */
export function ancestors(
	id: string,
	jurisdictions: DataEntry<Jurisdiction>[]
): DataEntry<Jurisdiction>[] {
	const byId = entriesById(jurisdictions);
	const seen = new Set([id]);
	const result: DataEntry<Jurisdiction>[] = [];
	let frontier = byId.get(id)?.data.parents ?? [];
	while (frontier.length > 0) {
		const next: string[] = [];
		for (const parentId of frontier) {
			const parent = byId.get(parentId);
			if (!parent || seen.has(parentId)) continue;
			seen.add(parentId);
			result.push(parent);
			next.push(...parent.data.parents);
		}
		frontier = next;
	}
	return result;
}

/**
 * The layers that govern what happens to a person arrested in a jurisdiction: the jurisdiction
 * itself (its police), the body whose rules bind the jail, and the governments above.
 * @param id The jurisdiction id.
 * @param jurisdictions All jurisdictions.
 */
export function governingLayers(id: string, jurisdictions: DataEntry<Jurisdiction>[]): Layer[] {
	const self = entriesById(jurisdictions).get(id);
	if (!self) return [];
	const layers: Layer[] = [{ role: 'local', jurisdiction: self }];
	const jail = self.data.jail;
	const jailOwner = jail && entriesById(jurisdictions).get(jail.jurisdiction);
	if (jail && jailOwner) {
		layers.push({
			role: 'jail',
			jurisdiction: jailOwner,
			operator: jail.operator,
			note: jail.note,
		});
	}
	for (const parent of ancestors(id, jurisdictions)) {
		if (parent.id !== jailOwner?.id) layers.push({ role: 'parent', jurisdiction: parent });
	}
	return layers;
}

/** One dimension across the layers that govern a jurisdiction, each layer's value resolved. */
export interface LayerRow {
	dimension: DataEntry<Dimension>;
	cells: { layer: Layer; cell: MatrixCell }[];
	/** True when the layers' values are not all the same (ignoring unrecorded ones). */
	differ: boolean;
}

/**
 * The values of every layer (the jurisdiction, the body whose rules bind its jail, the governments
 * above) on every dimension, as of a day, so a reader can see where they differ.
 * @param id The jurisdiction id.
 * @param jurisdictions All jurisdictions.
 * @param dimensions All dimensions.
 * @param day `YYYY-MM-DD`.
 * @param locale The reader's language for the answers' dates and statuses.
 */
export function layerMatrix(
	id: string,
	jurisdictions: DataEntry<Jurisdiction>[],
	dimensions: DataEntry<Dimension>[],
	day: string,
	locale: Locale = 'en'
): LayerRow[] {
	const layers = governingLayers(id, jurisdictions).filter(
		(layer, index, all) =>
			all.findIndex((l) => l.jurisdiction.id === layer.jurisdiction.id) === index
	);
	return dimensions.map((dimension) => {
		const cells = layers.map((layer) => ({
			layer,
			cell: valueOnDay(layer.jurisdiction.data, dimension, day, locale),
		}));
		const values = new Set(cells.filter((c) => !c.cell.unrecorded).map((c) => c.cell.value.id));
		return { dimension, cells, differ: values.size > 1 };
	});
}
