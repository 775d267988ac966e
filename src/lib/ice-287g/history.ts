import type {
	Ice287gAgency,
	Ice287gEvent,
	Ice287gList,
	Ice287gRow,
	Model,
} from '../../schemas/ice-287g.ts';
import { MODELS } from '../../schemas/ice-287g.ts';

function sortModels(models: Iterable<Model>): Model[] {
	return MODELS.filter((m) => new Set(models).has(m));
}

/** Participating lists only, oldest first: pending lists say nothing about agreements in force. */
export function participatingLists(lists: Ice287gList[]): Ice287gList[] {
	return lists
		.filter((l) => l.kind === 'participating')
		.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Every agency's history across the participating lists: first and last list, models on its last
 * list, signed dates as ICE gave them, and each change between two consecutive lists (a model
 * added, a model or the whole agency missing from a later list), dated by the list that shows it.
 * Nothing is said about the time between two lists.
 */
export function agencyHistories(lists: Ice287gList[]): Ice287gAgency[] {
	const ordered = participatingLists(lists);
	const newest = ordered.at(-1)?.date;
	const rowsById = new Map<string, { list: Ice287gList; rows: Ice287gRow[] }[]>();
	for (const list of ordered) {
		const byId = new Map<string, Ice287gRow[]>();
		for (const row of list.rows) byId.set(row.agencyId, [...(byId.get(row.agencyId) ?? []), row]);
		for (const [id, rows] of byId) rowsById.set(id, [...(rowsById.get(id) ?? []), { list, rows }]);
	}
	const agencies: Ice287gAgency[] = [];
	for (const [id, seen] of rowsById) {
		const last = seen.at(-1)!;
		const latest = last.rows[0]!;
		const names = [...new Set(seen.flatMap((s) => s.rows.map((r) => r.agency)))];
		const events: Ice287gEvent[] = [];
		let previous: { date: string; models: Model[] } | undefined;
		for (const list of ordered) {
			const here = seen.find((s) => s.list === list);
			const models = sortModels(here?.rows.map((r) => r.model) ?? []);
			if (!previous) {
				if (here) {
					events.push({ date: list.date, previous: null, added: models, removed: [] });
					previous = { date: list.date, models };
				}
				continue;
			}
			const added = models.filter((m) => !previous!.models.includes(m));
			const removed = previous.models.filter((m) => !models.includes(m));
			if (added.length || removed.length) {
				events.push({ date: list.date, previous: previous.date, added, removed });
			}
			previous = { date: list.date, models };
		}
		const signed: Ice287gAgency['signed'] = [];
		for (const { list, rows } of seen) {
			for (const row of rows) {
				const value = row.signed ?? row.signedAsGiven;
				if (value === null) continue;
				if (signed.some((s) => s.model === row.model && s.signed === value)) continue;
				signed.push({ model: row.model, signed: value, firstList: list.date, moa: row.moa });
			}
		}
		agencies.push({
			id,
			name: latest.agency,
			otherNames: names.filter((n) => n !== latest.agency),
			state: latest.state,
			type:
				[...seen]
					.reverse()
					.flatMap((s) => s.rows)
					.find((r) => r.type)?.type ?? null,
			// Placed as on its newest row: ICE's latest statement of what the agency is.
			placement: latest.placement,
			countyFips: latest.countyFips,
			countyName: latest.countyName,
			first: seen[0]!.list.date,
			last: last.list.date,
			models: sortModels(last.rows.map((r) => r.model)),
			current: last.list.date === newest,
			signed: signed.sort(
				(a, b) => a.model.localeCompare(b.model) || a.firstList.localeCompare(b.firstList)
			),
			events,
		});
	}
	return agencies.sort(
		(a, b) =>
			a.state.localeCompare(b.state) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id)
	);
}
