import { fillPlaceholders } from './i18n/placeholders';
import { geoAlbersUsa, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import statesTopology from 'us-atlas/states-10m.json';
import type { Dimension, DimensionValue } from '../schemas/dimension';
import { NO_RULE, NOT_FOUND } from '../schemas/dimension';
import type { DatedFact } from './dated-fact';
import type { DataEntry } from './dataset-types';
import type { MatrixRow } from './matrix';
import { STATE_NAMES } from './states';

/** Width of the map's SVG viewBox, in user units (the size us-atlas' Albers examples use). */
export const MAP_WIDTH = 975;

/** Height of the map's SVG viewBox, in user units. */
export const MAP_HEIGHT = 610;

/** Radius of a jurisdiction marker: big enough to see, point at and tell its shape. */
export const MARKER_RADIUS = 8;

/** Radius of the dots drawn instead of named markers when there are too many places for them. */
export const CROWDED_MARKER_RADIUS = 3;

/** Outline paths of the basemap: the land (filled) and the state borders (stroked). */
export interface Basemap {
	land: string;
	borders: string;
}

/** One jurisdiction on the map: its shaded state or its marker, where that is drawn, and its name. */
export interface MapMarker {
	/** 1-based position in table order. */
	number: number;
	id: string;
	name: string;
	value: DimensionValue;
	rank: number;
	/** True for `not-found`, which is drawn with a different shape, not only a different colour. */
	notFound: boolean;
	/** True when coded but no recorded value covers the day (shown in words, drawn as not found). */
	unrecorded: boolean;
	/** True for `no-rule`, drawn with a third shape, unshaded: neither a coded rule nor a gap. */
	noRule: boolean;
	/** Since when the value holds and what that date marks; undefined when not recorded. */
	since: DatedFact | undefined;
	/** The projected location; undefined when it lies outside the projection (e.g. Puerto Rico). */
	anchor: { x: number; y: number } | undefined;
	/** Where the marker is drawn: the anchor, nudged apart from markers that would overlap it. */
	at: { x: number; y: number } | undefined;
	/** True when the marker was moved far enough from its anchor to need a leader line to it. */
	displaced: boolean;
	/** For a state's own page: the state's outline as SVG path data, shaded instead of a marker. */
	shape: string | undefined;
	/** Where the name is written: always for a shaded state, for a marker only where it fits. */
	label: MapLabel | undefined;
	/** The name as written on the map (a state's postal code where its name does not fit). */
	labelText: string;
	/** True for a state whose name a marker would cover: it shows on hover and focus instead. */
	labelHidden: boolean;
	/** The answer in words, as every view gives it. */
	valueLabel: string;
}

/** A name written on the map, at a point, on the side of it given by `anchor`. */
export interface MapLabel {
	x: number;
	y: number;
	anchor: 'start' | 'end' | 'middle';
}

/** Height of a place name on the map, in viewBox units (its font size). */
export const LABEL_SIZE = 11;

/** Rough width of one character of a label, in viewBox units, for deciding whether a name fits. */
const CHAR_WIDTH = LABEL_SIZE * 0.58;

/** One value of the dimension in the legend, with the markers that carry it. */
export interface LegendEntry {
	value: DimensionValue;
	rank: number;
	notFound: boolean;
	noRule: boolean;
	count: number;
	markers: MapMarker[];
}

/** The 1:10m US states topology that ships with us-atlas. */
const us = statesTopology as unknown as Topology<{
	states: GeometryCollection;
	nation: GeometryCollection;
}>;

/** Margin kept free around the land, in viewBox units, so no coast touches the edge. */
const MAP_MARGIN = 8;

let cachedProjection: GeoProjection | undefined;

/**
 * The Albers USA projection (Alaska and Hawaii as insets), fitted so the whole country fills the
 * viewBox; computed once per build.
 */
export function usProjection(): GeoProjection {
	return (cachedProjection ??= geoAlbersUsa().fitExtent(
		[
			[MAP_MARGIN, MAP_MARGIN],
			[MAP_WIDTH - MAP_MARGIN, MAP_HEIGHT - MAP_MARGIN],
		],
		feature(us, us.objects.nation)
	));
}

/**
 * Wraps a projection so that it drops points closer than `minDistance` to the last one kept in a
 * line or ring: the 1:10m outlines have far more detail than a page-sized map can show, and no
 * installed package simplifies geometry.
 */
function thinned(
	projection: GeoProjection,
	minDistance: number
): { stream(s: GeoStream): GeoStream } {
	return {
		stream(output) {
			let last: [number, number] | undefined;
			let pending: [number, number] | undefined;
			const sink: GeoStream = {
				point(x, y) {
					if (!last || Math.hypot(x - last[0], y - last[1]) >= minDistance) {
						output.point(x, y);
						last = [x, y];
						pending = undefined;
					} else pending = [x, y];
				},
				lineStart() {
					last = undefined;
					pending = undefined;
					output.lineStart();
				},
				lineEnd() {
					// Keep the last point so rings still close and lines still reach their end.
					if (pending) output.point(pending[0], pending[1]);
					output.lineEnd();
				},
				polygonStart: () => output.polygonStart(),
				polygonEnd: () => output.polygonEnd(),
				sphere: () => output.sphere?.(),
			};
			return projection.stream(sink);
		},
	};
}

let cachedBasemap: Basemap | undefined;

/**
 * The US outline and state borders as SVG path data, thinned to about 2 units and rounded to one
 * decimal so every map page stays small; computed once per build.
 */
export function basemap(): Basemap {
	if (cachedBasemap) return cachedBasemap;
	const path = geoPath(thinned(usProjection(), 2)).digits(1);
	cachedBasemap = {
		land: path(feature(us, us.objects.nation)) ?? '',
		borders: path(mesh(us, us.objects.states, (a, b) => a !== b)) ?? '',
	};
	return cachedBasemap;
}

interface StateShape {
	d: string;
	centroid: { x: number; y: number };
	width: number;
}

let cachedStates: Map<string, StateShape> | undefined;

/** Each state's outline, centre and width on the map, by postal code; computed once per build. */
export function stateShapes(): Map<string, StateShape> {
	if (cachedStates) return cachedStates;
	const codes = new Map(Object.entries(STATE_NAMES).map(([code, name]) => [name, code]));
	const path = geoPath(thinned(usProjection(), 1)).digits(1);
	cachedStates = new Map();
	for (const state of feature(us, us.objects.states).features) {
		const code = codes.get((state.properties as { name?: string } | null)?.name ?? '');
		const d = path(state);
		if (!code || !d) continue;
		const [x, y] = path.centroid(state);
		const [[x0], [x1]] = path.bounds(state);
		cachedStates.set(code, { d, centroid: { x: round1(x), y: round1(y) }, width: x1 - x0 });
	}
	return cachedStates;
}

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** The square each drawn marker covers, for keeping names off markers. */
function markerDiscs(markers: readonly Pick<MapMarker, 'at'>[], r: number): Box[] {
	return markers.flatMap((m) =>
		m.at ? [{ x0: m.at.x - r, y0: m.at.y - r, x1: m.at.x + r, y1: m.at.y + r }] : []
	);
}

function overlaps(a: Box, b: Box): boolean {
	return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Writes each marker's name beside it where it fits (right, then left, above, below) without
 * covering another name, marker or the edge; markers whose name does not fit get none, and the map
 * shows it on hover and focus instead. Deterministic, in table order.
 * @param markers The markers, with their drawn positions.
 * @param r The marker radius.
 * @param taken Boxes already used, such as the states' names.
 */
export function placeLabels(
	markers: readonly Pick<MapMarker, 'at' | 'labelText'>[],
	r: number,
	taken: Box[] = []
): (MapLabel | undefined)[] {
	const used = [...taken];
	const discs = markerDiscs(markers, r);
	return markers.map((m) => {
		if (!m.at) return undefined;
		const w = m.labelText.length * CHAR_WIDTH;
		const h = LABEL_SIZE;
		const { x, y } = m.at;
		const gap = r + 3;
		const candidates: [MapLabel, Box][] = [
			[
				{ x: x + gap, y: y + h / 3, anchor: 'start' },
				{ x0: x + gap, y0: y - h / 2, x1: x + gap + w, y1: y + h / 2 },
			],
			[
				{ x: x - gap, y: y + h / 3, anchor: 'end' },
				{ x0: x - gap - w, y0: y - h / 2, x1: x - gap, y1: y + h / 2 },
			],
			[
				{ x, y: y - gap - 2, anchor: 'middle' },
				{ x0: x - w / 2, y0: y - gap - h, x1: x + w / 2, y1: y - gap },
			],
			[
				{ x, y: y + gap + h - 2, anchor: 'middle' },
				{ x0: x - w / 2, y0: y + gap, x1: x + w / 2, y1: y + gap + h },
			],
		];
		for (const [label, box] of candidates) {
			const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= MAP_WIDTH && box.y1 <= MAP_HEIGHT;
			if (!inside || used.some((u) => overlaps(u, box))) continue;
			if (discs.some((d) => overlaps(d, box))) continue;
			used.push(box);
			return label;
		}
		return undefined;
	});
}

/**
 * Moves points apart until no two are closer than `gap` (markers at the same seat, such as a city
 * and its county, would otherwise hide each other), keeping each as near its anchor as it can.
 * Deterministic: the same input always gives the same layout.
 * @param points Anchors in viewBox units.
 * @param gap The smallest distance allowed between two points.
 */
export function spreadApart(
	points: readonly { x: number; y: number }[],
	gap: number
): { x: number; y: number }[] {
	const placed = points.map((p) => ({ x: p.x, y: p.y }));
	for (let round = 0; round < 200; round++) {
		let moved = false;
		for (let i = 0; i < placed.length; i++) {
			for (let j = i + 1; j < placed.length; j++) {
				const a = placed[i]!;
				const b = placed[j]!;
				let dx = b.x - a.x;
				let dy = b.y - a.y;
				let distance = Math.hypot(dx, dy);
				if (distance >= gap - 1e-6) continue;
				if (distance < 1e-6) {
					// Same spot: separate sideways, so the pair reads left to right in table order.
					dx = 1;
					dy = 0;
					distance = 1;
				}
				const push = (gap - Math.hypot(b.x - a.x, b.y - a.y)) / 2 + 0.01;
				a.x -= (dx / distance) * push;
				a.y -= (dy / distance) * push;
				b.x += (dx / distance) * push;
				b.y += (dy / distance) * push;
				moved = true;
			}
		}
		if (!moved) break;
	}
	const margin = gap / 2;
	return placed.map((p) => ({
		x: round1(Math.min(MAP_WIDTH - margin, Math.max(margin, p.x))),
		y: round1(Math.min(MAP_HEIGHT - margin, Math.max(margin, p.y))),
	}));
}

function round1(n: number): number {
	return Math.round(n * 10) / 10;
}

/**
 * Places every jurisdiction of a one-dimension matrix on the map, numbered in table order.
 * @param rows `buildMatrix(jurisdictions, [dimension], day)`: the first cell of each row is used.
 * @param gap Smallest distance between marker centres; two radii plus a little air by default.
 */
export function mapMarkers(
	rows: MatrixRow[],
	gap = MARKER_RADIUS * 2 + 2,
	labels = true
): MapMarker[] {
	const projection = usProjection();
	const states = stateShapes();
	// A state's own page is drawn as the state, shaded; every other place as a marker at its seat.
	const shapeOf = (row: MatrixRow) =>
		row.jurisdiction.data.kind === 'state' ? states.get(row.jurisdiction.data.state) : undefined;
	const anchors = rows.map((row) => {
		if (shapeOf(row)) return undefined;
		const { lat, lon } = row.jurisdiction.data.location;
		const projected = projection([lon, lat]);
		return projected ? { x: round1(projected[0]), y: round1(projected[1]) } : undefined;
	});
	const onMap = anchors.flatMap((a) => (a ? [a] : []));
	const spread = spreadApart(onMap, gap);
	let next = 0;
	const markers = rows.map((row, index): MapMarker => {
		const { jurisdiction, cells } = row;
		const cell = cells[0]!;
		const anchor = anchors[index];
		const at = anchor ? spread[next++] : undefined;
		const shape = shapeOf(row);
		const name = jurisdiction.data.shortName ?? jurisdiction.data.name;
		const fits = shape && name.length * CHAR_WIDTH < shape.width * 0.8;
		return {
			number: index + 1,
			id: jurisdiction.id,
			name: jurisdiction.data.name,
			value: cell.value,
			rank: cell.rank,
			notFound: cell.value.id === NOT_FOUND,
			unrecorded: cell.unrecorded,
			noRule: cell.value.id === NO_RULE,
			// The start as the row was resolved, in the page's language.
			since: cell.since.fact,
			anchor,
			at,
			displaced: !!anchor && !!at && Math.hypot(at.x - anchor.x, at.y - anchor.y) > 3,
			shape: shape?.d,
			label: shape ? { ...shape.centroid, anchor: 'middle' } : undefined,
			labelText: shape && !fits ? jurisdiction.data.state : name,
			valueLabel: cell.label,
			labelHidden: false,
		};
	});
	if (!labels) return markers;
	const r = gap / 2 - 1;
	const discs = markerDiscs(markers, r);
	// A state's name sits at its centre unless markers cover that spot and the spots beside it (a
	// small state with a city in it): then, like a marker's name that does not fit, it shows on hover
	// and focus.
	const stateBox = (m: Pick<MapMarker, 'label' | 'labelText'>) => ({
		x0: m.label!.x - (m.labelText.length * CHAR_WIDTH) / 2,
		y0: m.label!.y - LABEL_SIZE,
		x1: m.label!.x + (m.labelText.length * CHAR_WIDTH) / 2,
		y1: m.label!.y,
	});
	const taken = [...discs];
	const withStateLabels = markers.map((m): MapMarker => {
		if (!m.shape || !m.label) return m;
		// Just below or above the centre when a marker or another state's name is there.
		for (const dy of [0, LABEL_SIZE + 4, -(LABEL_SIZE + 4)]) {
			const label = { ...m.label, y: m.label.y + dy };
			const box = stateBox({ ...m, label });
			if (taken.some((t) => overlaps(t, box))) continue;
			taken.push(box);
			return { ...m, label };
		}
		return { ...m, labelHidden: true };
	});
	const stateBoxes = withStateLabels.flatMap((m) =>
		m.shape && !m.labelHidden ? [stateBox(m)] : []
	);
	const placed = placeLabels(
		withStateLabels.map((m) => (m.shape ? { at: undefined, labelText: '' } : m)),
		r,
		stateBoxes
	);
	return withStateLabels.map((m, i) => (m.shape ? m : { ...m, label: placed[i] }));
}

/**
 * The legend: every value of the dimension in its order, with how many markers carry it (zero
 * included, so readers see every possible answer).
 */
export function legendEntries(
	dimension: DataEntry<Dimension>,
	markers: MapMarker[]
): LegendEntry[] {
	return dimension.data.values.map((value, rank) => {
		const matching = markers.filter((m) => m.value.id === value.id);
		return {
			value,
			rank,
			notFound: value.id === NOT_FOUND,
			noRule: value.id === NO_RULE,
			count: matching.length,
			markers: matching,
		};
	});
}

/**
 * The SVG `<desc>` text: what the map shows, value by value, in words.
 * @param template The sentence in the page's language, with `{question}` and `{parts}` (the
 *   values, each with its count or places) to fill in; English by default.
 */
export function mapDescription(
	dimension: DataEntry<Dimension>,
	legend: LegendEntry[],
	crowded = false,
	template?: string
): string {
	const parts = legend
		.filter((entry) => entry.count > 0)
		.map((entry) =>
			crowded
				? `${entry.value.label}: ${entry.count}.`
				: `${entry.value.label}: ${entry.markers.map((m) => m.name).join(', ')}.`
		);
	if (template)
		return fillPlaceholders(template, {
			question: dimension.data.question,
			parts: parts.join(' '),
		});
	return crowded
		? `States with their own page shaded, and a dot at every other jurisdiction's seat or centre, by the answer to "${dimension.data.question}" Jurisdictions per answer: ${parts.join(' ')}`
		: `States with their own page shaded, and a named marker at every other jurisdiction's seat or centre, by the answer to "${dimension.data.question}" ${parts.join(' ')}`;
}
