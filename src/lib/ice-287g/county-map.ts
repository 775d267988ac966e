import { geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countiesTopology from 'us-atlas/counties-10m.json';
import { usProjection } from '../map';

/** The URL of the shared county shapes, drawn once and referenced by every list's map. */
export const COUNTY_SPRITE = '/ice-287g/counties.svg';

/**
 * Share of the 1:10m topology's points kept: enough to recognise every county at page width,
 * measured at about 260 KB (80 KB gzipped) for all 3,231 counties with whole-unit coordinates.
 */
const KEEP = 0.05;

let cached: { counties: [string, string][]; land: string; borders: string } | undefined;

/**
 * Every county as SVG path data in the site's Albers USA viewBox, simplified on the topology (so
 * neighbouring counties keep a shared border), plus the land and the state borders.
 */
export function countyShapes() {
	if (cached) return cached;
	const us = countiesTopology as unknown as Topology<{
		counties: GeometryCollection;
		states: GeometryCollection;
		nation: GeometryCollection;
	}>;
	const pre = presimplify(us);
	const simple = simplify(pre, quantile(pre, KEEP)) as typeof us;
	const path = geoPath(usProjection()).digits(0);
	const counties = feature(simple, simple.objects.counties).features.flatMap((f) => {
		const d = path(f);
		return d ? [[String(f.id), d] as [string, string]] : [];
	});
	cached = {
		counties,
		land: path(feature(simple, simple.objects.nation)) ?? '',
		borders: path(mesh(simple, simple.objects.states, (a, b) => a !== b)) ?? '',
	};
	return cached;
}

/** The shared SVG: one `<path id="c01001">` per county, `land` and `borders`, for `<use>`. */
export function countySprite(): string {
	const { counties, land, borders } = countyShapes();
	const paths = counties.map(([fips, d]) => `<path id="c${fips}" d="${d}"/>`).join('\n');
	return `<svg xmlns="http://www.w3.org/2000/svg"><defs>\n<path id="land" d="${land}"/>\n<path id="borders" d="${borders}"/>\n${paths}\n</defs></svg>\n`;
}
