import type { Statistic } from '../schemas/statistic';

/** Width of the chart's SVG viewBox; narrow, so its text stays legible when scaled to a phone. */
export const CHART_WIDTH = 400;

/** Which count a bar shows. */
export type BarKind = 'received' | 'honoured';

/** One bar, in viewBox units, with its count. */
export interface ChartBar {
	kind: BarKind;
	/** The bar's own label, drawn left of it, e.g. "Received". */
	label: string;
	value: number;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Where the count is written: just past the bar's end. */
	valueX: number;
}

/** One text line of a heading (agency or period) wrapped to fit the chart. */
export interface ChartLine {
	text: string;
	y: number;
}

/** One period of one agency: its label and its two bars. */
export interface ChartPeriod {
	statId: string;
	period: string;
	lines: ChartLine[];
	bars: ChartBar[];
}

/** One agency's periods, under a heading, because agencies count differently. */
export interface ChartGroup {
	agency: string;
	lines: ChartLine[];
	periods: ChartPeriod[];
}

/** A tick of the count axis. */
export interface ChartTick {
	value: number;
	x: number;
	label: string;
}

/** Everything the view needs to draw the chart; no drawing decisions are left to it. */
export interface DetainerChart {
	width: number;
	height: number;
	/** Left and right edges of the bars' area (the count axis runs between them). */
	plotLeft: number;
	plotRight: number;
	/** Where the count axis line is drawn. */
	axisY: number;
	axisLabel: string;
	ticks: ChartTick[];
	groups: ChartGroup[];
}

const LINE = 16;
const BAR = 14;
const BAR_GAP = 4;
const PLOT_LEFT = 78;
const PLOT_RIGHT = CHART_WIDTH - 44;
const WRAP_AT = 52;

/** The chart's own words and number format, in the page's language. */
export interface ChartWords {
	received: string;
	honoured: string;
	axis: string;
	/** One period in the SVG description, e.g. "2019, 1,234 received and 56 honoured". */
	period: (period: string, received: string, honoured: string) => string;
	count: (n: number) => string;
}

/** The English chart words, the default. */
export const ENGLISH_CHART_WORDS: ChartWords = {
	received: 'Received',
	honoured: 'Honoured',
	axis: 'Number of detainer requests',
	period: (period, received, honoured) =>
		`${period}, ${received} received and ${honoured} honoured`,
	count: (n) => n.toLocaleString('en-US'),
};

/** Statistics that give both numbers the chart compares; the others are only in the table. */
export function chartableStatistics(statistics: Statistic[]): Statistic[] {
	return statistics.filter((s) => s.received !== undefined && s.honoured !== undefined);
}

/**
 * Splits a label into lines of at most `width` characters at spaces, because SVG text does not wrap.
 * @param text The label.
 * @param width Most characters per line (a longer single word gets its own line).
 */
export function wrapWords(text: string, width = WRAP_AT): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Round tick values (1, 2 or 5 times a power of ten) from 0 to at least `max`, about `count` steps.
 * @param max The largest value to show.
 * @param count The number of steps wanted.
 */
export function niceTicks(max: number, count = 4): number[] {
	if (max <= 0) return [0, 1];
	const raw = max / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
	const ticks: number[] = [];
	for (let t = 0; t < max + step; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
	return ticks;
}

/**
 * Lays out a horizontal bar chart of detainers received and honoured: one group per agency, one pair
 * of bars per period that has both numbers, on one count axis. Returns undefined when no period has
 * both.
 * @param statistics A jurisdiction's statistics.
 */
export function detainerChart(
	statistics: Statistic[],
	words: ChartWords = ENGLISH_CHART_WORDS
): DetainerChart | undefined {
	const rows = chartableStatistics(statistics);
	if (rows.length === 0) return undefined;
	const ticks = niceTicks(Math.max(...rows.map((s) => s.received!)));
	const top = ticks.at(-1)!;
	const scale = (n: number) => ((PLOT_RIGHT - PLOT_LEFT) * n) / top;
	const round = (n: number) => Math.round(n * 10) / 10;

	let y = 4;
	const lines = (text: string): ChartLine[] =>
		wrapWords(text).map((t) => {
			y += LINE;
			return { text: t, y: y - 4 };
		});
	const groups: ChartGroup[] = [];
	for (const stat of rows) {
		let group = groups.at(-1);
		if (group?.agency !== stat.agency) {
			if (group) y += LINE / 2;
			group = { agency: stat.agency, lines: lines(stat.agency), periods: [] };
			groups.push(group);
		}
		const periodLines = lines(stat.period);
		y += 2;
		const bars = (['received', 'honoured'] as const).map((kind) => {
			const value = stat[kind]!;
			const width = round(scale(value));
			const bar: ChartBar = {
				kind,
				label: words[kind],
				value,
				x: PLOT_LEFT,
				y,
				width,
				height: BAR,
				valueX: round(PLOT_LEFT + width + 4),
			};
			y += BAR + BAR_GAP;
			return bar;
		});
		y += 4;
		group.periods.push({ statId: stat.id, period: stat.period, lines: periodLines, bars });
	}
	const axisY = y + 4;
	return {
		width: CHART_WIDTH,
		height: axisY + 2 * LINE + 8,
		plotLeft: PLOT_LEFT,
		plotRight: PLOT_RIGHT,
		axisY,
		axisLabel: words.axis,
		ticks: ticks.map((value) => ({
			value,
			x: round(PLOT_LEFT + scale(value)),
			label: words.count(value),
		})),
		groups,
	};
}

/** The SVG `<desc>` text: every bar's numbers in words, agency by agency. */
export function chartDescription(
	chart: DetainerChart,
	words: ChartWords = ENGLISH_CHART_WORDS
): string {
	return chart.groups
		.map(
			(group) =>
				`${group.agency}: ${group.periods
					.map((p) =>
						words.period(p.period, words.count(p.bars[0]!.value), words.count(p.bars[1]!.value))
					)
					.join('; ')}.`
		)
		.join(' ');
}
