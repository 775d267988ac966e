import countiesTopology from 'us-atlas/counties-10m.json' with { type: 'json' };
import statesTopology from 'us-atlas/states-10m.json' with { type: 'json' };
import { STATE_NAMES } from '../states.ts';

/** A county (or county equivalent) of us-atlas: five-digit FIPS code and name. */
export interface County {
	fips: string;
	name: string;
}

interface NamedGeometry {
	id: string;
	properties: { name: string };
}

const countyGeometries = (
	countiesTopology as unknown as { objects: { counties: { geometries: NamedGeometry[] } } }
).objects.counties.geometries;

const stateGeometries = (
	statesTopology as unknown as { objects: { states: { geometries: NamedGeometry[] } } }
).objects.states.geometries;

/** Every county of us-atlas, keyed by FIPS code. */
export const COUNTIES: ReadonlyMap<string, County> = new Map(
	countyGeometries.map((g) => [g.id, { fips: g.id, name: g.properties.name }])
);

/** Two-letter code → two-digit FIPS code, from us-atlas' state names. */
export const STATE_FIPS: Readonly<Record<string, string>> = Object.fromEntries(
	Object.entries(STATE_NAMES).flatMap(([code, name]) => {
		const geometry = stateGeometries.find(
			(g) => g.properties.name === name || g.properties.name === `Commonwealth of the ${name}`
		);
		return geometry ? [[code, geometry.id]] : [];
	})
);

/** Letters and digits only, `Saint` as `St`: `Ste. Genevieve`, `DeKalb`/`De Kalb` compare equal. */
function nameKey(name: string): string {
	return name
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/\bsaint\b/g, 'st')
		.replace(/[^a-z0-9]/g, '');
}

const SUFFIX = /\s+(county|parish|borough|census area|city and borough|municipality)$/i;

/** True for Virginia-style independent cities, which us-atlas codes 510 and up. */
function isIndependentCity(fips: string): boolean {
	return Number(fips.slice(2)) >= 510;
}

/**
 * Finds the county a name means within a state, or explains why none or several match.
 * `Richmond City` picks the independent city, `Richmond County` the county; a bare name that fits
 * both is ambiguous and is not guessed.
 * @param state Two-letter code.
 * @param text A county name as ICE writes it ("Saint Landry County", "Fairfax City").
 */
export function findCounty(state: string, text: string): County | { problem: string } {
	const stateFips = STATE_FIPS[state];
	if (!stateFips) return { problem: `state ${state} has no counties in us-atlas` };
	const inState = [...COUNTIES.values()].filter((c) => c.fips.startsWith(stateFips));
	const hasSuffix = SUFFIX.test(text);
	const cityMatch = /^(.*\S)\s+city$/i.exec(text);
	let candidates: County[];
	if (hasSuffix) {
		const key = nameKey(text.replace(SUFFIX, ''));
		candidates = inState.filter((c) => nameKey(c.name) === key && !isIndependentCity(c.fips));
	} else if (cityMatch) {
		const key = nameKey(cityMatch[1]!);
		candidates = inState.filter((c) => nameKey(c.name) === key && isIndependentCity(c.fips));
		// "Carson City" is the county equivalent's own name.
		if (candidates.length === 0)
			candidates = inState.filter((c) => nameKey(c.name) === nameKey(text));
	} else {
		candidates = inState.filter((c) => nameKey(c.name) === nameKey(text));
	}
	if (candidates.length === 1) return candidates[0]!;
	if (candidates.length === 0)
		return { problem: `"${text}" matches no county of ${state} in us-atlas` };
	return {
		problem: `"${text}" matches ${candidates.length} counties of ${state} (${candidates.map((c) => c.fips).join(', ')})`,
	};
}
