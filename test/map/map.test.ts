import { describe, expect, it } from 'vitest';
import {
	basemap,
	legendEntries,
	MAP_HEIGHT,
	MAP_WIDTH,
	mapDescription,
	mapMarkers,
	LABEL_SIZE,
	MARKER_RADIUS,
	placeLabels,
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
		'%s: each state with a page shaded, every other place one marker, none overlapping, all inside the viewBox',
		(id) => {
			const dimension = dimensions.find((d) => d.id === id)!;
			const markers = mapMarkers(buildMatrix(dataset.jurisdictions, [dimension], today));
			expect(markers).toHaveLength(dataset.jurisdictions.length);
			const states = new Set(
				dataset.jurisdictions.filter((j) => j.data.kind === 'state').map((j) => j.id)
			);
			for (const m of markers) {
				if (states.has(m.id)) {
					expect(m.shape, m.id).toMatch(/^M/);
					expect(m.at, m.id).toBeUndefined();
					continue;
				}
				expect(m.shape, m.id).toBeUndefined();
				expect(m.at, m.id).toBeDefined();
				expect(m.at!.x - MARKER_RADIUS).toBeGreaterThanOrEqual(0);
				expect(m.at!.x + MARKER_RADIUS).toBeLessThanOrEqual(MAP_WIDTH);
				expect(m.at!.y - MARKER_RADIUS).toBeGreaterThanOrEqual(0);
				expect(m.at!.y + MARKER_RADIUS).toBeLessThanOrEqual(MAP_HEIGHT);
			}
			const placed = markers.filter((m) => m.at);
			for (const [i, a] of placed.entries()) {
				for (const b of placed.slice(i + 1)) {
					const distance = Math.hypot(a.at!.x - b.at!.x, a.at!.y - b.at!.y);
					expect(distance, `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
				}
			}
		}
	);

	it('names places beside their markers without two names overlapping', () => {
		const dimension = dimensions.find((d) => d.id === 'detainers')!;
		const markers = mapMarkers(buildMatrix(dataset.jurisdictions, [dimension], today));
		const named = markers.filter((m) => m.at && m.label);
		// Most places fit their name at today's coverage; the rest show it on hover and focus.
		expect(named.length).toBeGreaterThanOrEqual(markers.filter((m) => m.at).length / 2);
		const boxes = named.map((m) => {
			const w = m.labelText.length * LABEL_SIZE * 0.58;
			const x0 =
				m.label!.anchor === 'start'
					? m.label!.x
					: m.label!.anchor === 'end'
						? m.label!.x - w
						: m.label!.x - w / 2;
			return { id: m.id, x0, x1: x0 + w, y0: m.label!.y - LABEL_SIZE, y1: m.label!.y };
		});
		for (const [i, a] of boxes.entries()) {
			expect(a.x0, a.id).toBeGreaterThanOrEqual(0);
			expect(a.x1, a.id).toBeLessThanOrEqual(MAP_WIDTH);
			for (const b of boxes.slice(i + 1)) {
				const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
				expect(overlap, `${a.id} / ${b.id}`).toBe(false);
			}
		}
	});

	it('never writes a name over another marker', () => {
		const labels = placeLabels(
			[
				{ at: { x: 100, y: 100 }, labelText: 'Somewhere' },
				{ at: { x: 130, y: 100 }, labelText: 'B' },
			],
			MARKER_RADIUS
		);
		// The first name cannot go right (the second marker is there), so it goes left.
		expect(labels[0]!.anchor).toBe('end');
		expect(labels[1]!.anchor).toBe('start');
	});

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

	it('describes every jurisdiction by name in the SVG description', () => {
		const dimension = dimensions.find((d) => d.id === 'detainers')!;
		const markers = mapMarkers(buildMatrix(dataset.jurisdictions, [dimension], today));
		const text = mapDescription(dimension, legendEntries(dimension, markers));
		for (const m of markers) expect(text).toContain(m.name);
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
