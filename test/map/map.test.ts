import { describe, expect, it } from 'vitest';
import {
	basemap,
	legendEntries,
	MAP_HEIGHT,
	MAP_WIDTH,
	mapDescription,
	mapMarkers,
	MARKER_RADIUS,
	spreadApart,
	usProjection,
} from '../../src/lib/map';
import { buildMatrix } from '../../src/lib/matrix';
import { buildDay } from '../../src/lib/today';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('content');
const today = buildDay();
const dimensions = dataset.dimensions;

describe('map projection', () => {
	it('projects every jurisdiction to a point inside the viewBox', () => {
		const projection = usProjection();
		for (const j of dataset.jurisdictions) {
			const point = projection([j.data.location.lon, j.data.location.lat]);
			expect(point, j.id).not.toBeNull();
			const [x, y] = point!;
			expect(x, j.id).toBeGreaterThanOrEqual(0);
			expect(x, j.id).toBeLessThanOrEqual(MAP_WIDTH);
			expect(y, j.id).toBeGreaterThanOrEqual(0);
			expect(y, j.id).toBeLessThanOrEqual(MAP_HEIGHT);
		}
	});

	it('places Alaska and Hawaii in the insets and leaves territories off the map', () => {
		const projection = usProjection();
		const anchorage = projection([-149.9, 61.22])!;
		const honolulu = projection([-157.86, 21.31])!;
		expect(anchorage[1]).toBeGreaterThan(MAP_HEIGHT * 0.7);
		expect(honolulu[1]).toBeGreaterThan(MAP_HEIGHT * 0.7);
		expect(projection([-66.1, 18.47])).toBeNull();
	});

	it('keeps the basemap path data small and rounded to one decimal', () => {
		const { land, borders } = basemap();
		expect(land).toMatch(/^M/);
		expect(borders).toMatch(/^M/);
		expect(land.length + borders.length).toBeLessThan(60_000);
		expect(`${land}${borders}`).not.toMatch(/\d\.\d\d/);
	});
});

describe('markers and legend', () => {
	it.each(dimensions.map((d) => d.id))(
		'%s: one marker per jurisdiction, none overlapping, all inside the viewBox',
		(id) => {
			const dimension = dimensions.find((d) => d.id === id)!;
			const markers = mapMarkers(buildMatrix(dataset.jurisdictions, [dimension], today));
			expect(markers).toHaveLength(dataset.jurisdictions.length);
			expect(markers.map((m) => m.number)).toEqual(markers.map((_, i) => i + 1));
			for (const m of markers) {
				expect(m.at, m.id).toBeDefined();
				expect(m.at!.x - MARKER_RADIUS).toBeGreaterThanOrEqual(0);
				expect(m.at!.x + MARKER_RADIUS).toBeLessThanOrEqual(MAP_WIDTH);
				expect(m.at!.y - MARKER_RADIUS).toBeGreaterThanOrEqual(0);
				expect(m.at!.y + MARKER_RADIUS).toBeLessThanOrEqual(MAP_HEIGHT);
			}
			for (const [i, a] of markers.entries()) {
				for (const b of markers.slice(i + 1)) {
					const distance = Math.hypot(a.at!.x - b.at!.x, a.at!.y - b.at!.y);
					expect(distance, `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
				}
			}
		}
	);

	it.each(dimensions.map((d) => d.id))(
		'%s: legend lists every value in order and its counts sum to the number of jurisdictions',
		(id) => {
			const dimension = dimensions.find((d) => d.id === id)!;
			const rows = buildMatrix(dataset.jurisdictions, [dimension], today);
			const legend = legendEntries(dimension, mapMarkers(rows));
			expect(legend.map((e) => e.value.id)).toEqual(dimension.data.values.map((v) => v.id));
			expect(legend.reduce((sum, e) => sum + e.count, 0)).toBe(dataset.jurisdictions.length);
			for (const entry of legend) {
				const expected = rows.filter((r) => r.cells[0]!.value.id === entry.value.id).length;
				expect(entry.count, entry.value.id).toBe(expected);
			}
			expect(legend.at(-1)!.notFound).toBe(true);
		}
	);

	it('describes every jurisdiction by number and name in the SVG description', () => {
		const dimension = dimensions.find((d) => d.id === 'detainers')!;
		const markers = mapMarkers(buildMatrix(dataset.jurisdictions, [dimension], today));
		const text = mapDescription(dimension, legendEntries(dimension, markers));
		for (const m of markers) expect(text).toContain(`${m.number} ${m.name}`);
	});
});

describe('spreadApart', () => {
	it('separates points at the same spot and leaves distant ones where they are', () => {
		const placed = spreadApart(
			[
				{ x: 100, y: 100 },
				{ x: 100, y: 100 },
				{ x: 400, y: 300 },
			],
			26
		);
		expect(
			Math.hypot(placed[0]!.x - placed[1]!.x, placed[0]!.y - placed[1]!.y)
		).toBeGreaterThanOrEqual(26);
		expect(placed[0]!.x).toBeLessThan(placed[1]!.x);
		expect(placed[2]).toEqual({ x: 400, y: 300 });
	});

	it('gives the same layout for the same input', () => {
		const input = Array.from({ length: 6 }, (_, i) => ({ x: 200 + i * 3, y: 200 - i * 2 }));
		expect(spreadApart(input, 26)).toEqual(spreadApart(input, 26));
	});
});
