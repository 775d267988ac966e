import type { Ice287gAgency, Ice287gList } from '../../schemas/ice-287g';
import { countySummaries, modelWords } from '../ice-287g/views';
import { ice287gAgencyUrl, ice287gCountyUrl } from '../urls';
import type { SearchRecord } from './record-types';

/**
 * Search records for ICE's 287(g) lists: every county that has or had an agreement and every
 * agency on any list, each linking to its place on the state page. Kept short: the index ships to
 * every reader who searches.
 */
export function ice287gSearchRecords(
	lists: Ice287gList[],
	agencies: Ice287gAgency[]
): SearchRecord[] {
	const counties = countySummaries(lists, agencies).map((c): SearchRecord => ({
		y: 'ice287g',
		n: `${c.name}, ${c.state}`,
		u: ice287gCountyUrl(c.state, c.fips),
		k: '',
		x: '',
		c:
			c.current.total > 0
				? `County: ${c.current.total} on ICE's newest list`
				: 'County: formerly listed',
	}));
	const listed = agencies.map((a): SearchRecord => ({
		y: 'ice287g',
		n: a.name,
		u: ice287gAgencyUrl(a.state, a.id),
		k: a.countyName ? `${a.countyName} ${a.state}` : a.state,
		x: '',
		c: a.current ? modelWords(a.models) : `last listed ${a.last}`,
	}));
	return [...counties, ...listed];
}
