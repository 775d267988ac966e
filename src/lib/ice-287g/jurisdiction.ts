import type { Jurisdiction } from '../../schemas/jurisdiction';
import type { Ice287gAgency, Ice287gList } from '../../schemas/ice-287g';
import { COUNTIES, STATE_FIPS, findCounty } from './counties';
import { countySummaries, newestList } from './views';

/**
 * How a jurisdiction was matched to ICE's rows, or why it could not be, for the page to word in its
 * language: by the state's own agencies, by a city's name, by the county's agencies, or not at all
 * (no single county of the state has the jurisdiction's name).
 */
export type ListingMatch =
	| { by: 'state' }
	| { by: 'city'; name: string; state: string }
	| { by: 'county'; county: string; fips: string }
	| { by: 'none'; state: string };

/** What ICE's lists say about one coded jurisdiction, and how the match was made. */
export interface JurisdictionListing {
	match: ListingMatch;
	/** Agencies matched, current ones first; empty when none or when there is no match. */
	agencies: Ice287gAgency[];
	/** Agreements (rows) of those agencies on the newest list. */
	current: number;
	/** True when a match could be made at all. */
	matched: boolean;
	countyFips: string | null;
}

/** Names to try for a county-like jurisdiction: its name, short name and any name in brackets. */
function candidateNames(j: Jurisdiction): string[] {
	const bracketed = /\(([^)]+)\)/.exec(j.name)?.[1];
	return [j.name, j.shortName, bracketed].filter((n): n is string => !!n);
}

/**
 * Matches a coded jurisdiction to ICE's lists: a state to its state agencies; a county, parish,
 * city-county or DC to the agencies placed in its county (found by name in us-atlas); a city to
 * the agencies whose names begin with the city's name. Never guesses between several counties. A
 * county's agencies are those placed in it on any list.
 */
export function jurisdictionListing(
	j: Jurisdiction,
	lists: Ice287gList[],
	agencies: Ice287gAgency[]
): JurisdictionListing {
	const newest = newestList(lists);
	const currentRows = (ids: Set<string>) => newest.rows.filter((r) => ids.has(r.agencyId)).length;
	const result = (
		match: ListingMatch,
		found: Ice287gAgency[],
		countyFips: string | null = null
	) => ({
		match,
		agencies: [...found].sort(
			(a, b) => Number(b.current) - Number(a.current) || a.name.localeCompare(b.name)
		),
		current: currentRows(new Set(found.map((a) => a.id))),
		matched: true,
		countyFips,
	});
	if (j.kind === 'state') {
		return result(
			{ by: 'state' },
			agencies.filter((a) => a.state === j.state && a.placement === 'state')
		);
	}
	if (j.kind === 'city') {
		const name = j.shortName ?? j.name;
		return result(
			{ by: 'city', name, state: j.state },
			agencies.filter((a) => a.state === j.state && a.name.startsWith(`${name} `))
		);
	}
	const stateFips = STATE_FIPS[j.state];
	const only = [...COUNTIES.values()].filter((c) => stateFips && c.fips.startsWith(stateFips));
	const county =
		only.length === 1
			? only[0]!
			: candidateNames(j)
					.map((n) => findCounty(j.state, n))
					.find((c) => 'fips' in c);
	if (!county || !('fips' in county)) {
		return {
			match: { by: 'none', state: j.state },
			agencies: [],
			current: 0,
			matched: false,
			countyFips: null,
		};
	}
	return result(
		{ by: 'county', county: county.name, fips: county.fips },
		countySummaries(lists, agencies).find((c) => c.fips === county.fips)?.agencies ?? [],
		county.fips
	);
}

/**
 * Where the coded 287(g) value and ICE's newest list point different ways: coded "in force" with
 * nothing listed (`coded-active`), or coded "none"/"prohibited" with `current` agreements listed
 * (`coded-none`). Undefined when they agree or nothing was matched; the page words the note.
 */
export type Disagreement = { kind: 'coded-active' } | { kind: 'coded-none'; current: number };

/** The disagreement between a coded 287(g) value and ICE's newest list, if any. */
export function disagreement(
	codedValue: string,
	listing: JurisdictionListing
): Disagreement | undefined {
	if (!listing.matched) return undefined;
	if (codedValue === 'active' && listing.current === 0) return { kind: 'coded-active' };
	if ((codedValue === 'none' || codedValue === 'prohibited') && listing.current > 0) {
		return { kind: 'coded-none', current: listing.current };
	}
	return undefined;
}
