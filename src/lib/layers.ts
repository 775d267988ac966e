import type { Jurisdiction } from '../schemas/jurisdiction';
import type { DataEntry } from './dataset-types';

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
	const byId = new Map(jurisdictions.map((j) => [j.id, j]));
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
	const self = jurisdictions.find((j) => j.id === id);
	if (!self) return [];
	const layers: Layer[] = [{ role: 'local', jurisdiction: self }];
	const jail = self.data.jail;
	const jailOwner = jail && jurisdictions.find((j) => j.id === jail.jurisdiction);
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
