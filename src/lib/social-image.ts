import type { Dimension } from '../schemas/dimension';
import { JURISDICTION_KIND_LABELS, type Jurisdiction } from '../schemas/jurisdiction';
import type { DataEntry } from './dataset-types';
import { formatDate } from './dates';
import { wrapWords } from './detainer-chart';
import { valueOnDay } from './value-on-day';

/** Width of a link-preview image in pixels (the 1.91:1 size Open Graph and X expect). */
export const SOCIAL_IMAGE_WIDTH = 1200;

/** Height of a link-preview image in pixels. */
export const SOCIAL_IMAGE_HEIGHT = 630;

/** The id of the site-wide image, `/og/default.png`; no jurisdiction may take it. */
export const DEFAULT_SOCIAL_IMAGE = 'default';

/** A preview image on this site: its path and a text alternative saying what it shows. */
export interface SocialImage {
	src: string;
	alt: string;
}

/** The site-wide image's path and text alternative, for pages without their own. */
export const DEFAULT_IMAGE: SocialImage = {
	src: `/og/${DEFAULT_SOCIAL_IMAGE}.png`,
	alt: 'Immigration Enforcement Policy Atlas: local rules on federal immigration enforcement, compared question by question, every value dated and sourced.',
};

/** The path of a jurisdiction's link-preview image. */
export function socialImagePath(id: string): string {
	return `/og/${id}.png`;
}

/** How many dimensions a jurisdiction's card shows: the same headline questions as the home page. */
export const CARD_DIMENSIONS = 4;

/** One labelled line of a card, e.g. "Detainers" → "Not honoured". */
export interface CardRow {
	label: string;
	value: string;
}

/** What a link-preview image says, in words; `socialImageSvg` lays it out. */
export interface SocialCard {
	siteName: string;
	title: string;
	/** One line under the title, e.g. "City · NY". */
	subtitle: string;
	rows: CardRow[];
	/** The bottom line, e.g. the day the values were resolved. */
	footer: string;
	/** The same content as one sentence, for `og:image:alt`. */
	alt: string;
}

// Colours of the site's light theme (global.css): the card is one neutral hue, like the site.
const BG = '#fdfdfc';
const FG = '#1b1d21';
const MUTED = '#4b5160';
const BAND = '#cdd8ec';
const RULE = '#c9ccd3';
// Fonts installed on most build machines first; librsvg falls back to any sans-serif face.
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
const MARGIN = 64;
const VALUE_X = 340;
// Characters per line at each size, measured on DejaVu Sans (the widest of the faces above).
const TITLE_WRAP = 32;
const VALUE_WRAP = 50;
const SUBTITLE_WRAP = 70;

/** Characters not allowed in XML 1.0 at all, even escaped. */
const FORBIDDEN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Escapes text for an XML text node or attribute and drops characters XML cannot carry, so content
 * such as "Sheriff's Office" or "A & B <C>" cannot break the SVG.
 */
export function escapeXml(text: string): string {
	return text
		.replace(FORBIDDEN_XML, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** Wraps text to at most `max` lines, ending a cut line with an ellipsis. */
function clampLines(text: string, width: number, max: number): string[] {
	const lines = wrapWords(text, width);
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	kept[max - 1] = `${kept[max - 1]!.replace(/[\s,.;:]+$/, '')}…`;
	return kept;
}

const text = (x: number, y: number, size: number, fill: string, content: string, bold = false) =>
	`<text x="${x}" y="${y}" font-size="${size}"${bold ? ' font-weight="700"' : ''} fill="${fill}">${escapeXml(content)}</text>`;

/**
 * Lays a card out as a 1200×630 SVG document with system fonts only; every piece of text is
 * escaped, and long text wraps (title to two lines, values to two) so it stays inside the image.
 * @param card What the image says.
 */
export function socialImageSvg(card: SocialCard): string {
	const parts: string[] = [];
	let y = 76;
	parts.push(text(MARGIN, y, 26, MUTED, card.siteName, true));
	y += 16;
	for (const line of clampLines(card.title, TITLE_WRAP, 2)) {
		y += 66;
		parts.push(text(MARGIN, y, 56, FG, line, true));
	}
	for (const line of clampLines(card.subtitle, SUBTITLE_WRAP, 1)) {
		y += 44;
		parts.push(text(MARGIN, y, 30, MUTED, line));
	}
	y += 24;
	for (const row of card.rows) {
		parts.push(
			`<line x1="${MARGIN}" x2="${SOCIAL_IMAGE_WIDTH - MARGIN}" y1="${y}" y2="${y}" stroke="${RULE}" stroke-width="2"/>`
		);
		const lines = clampLines(row.value, VALUE_WRAP, 2);
		const top = y + 40;
		parts.push(text(MARGIN, top, 26, MUTED, row.label, true));
		lines.forEach((line, i) => parts.push(text(VALUE_X, top + i * 36, 28, FG, line)));
		y = top + (lines.length - 1) * 36 + 18;
	}
	const footerY = SOCIAL_IMAGE_HEIGHT - 34;
	parts.push(
		`<rect x="0" y="${footerY - 44}" width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT - footerY + 44}" fill="${BAND}"/>`
	);
	parts.push(text(MARGIN, footerY, 26, FG, card.footer));
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT}" viewBox="0 0 ${SOCIAL_IMAGE_WIDTH} ${SOCIAL_IMAGE_HEIGHT}" font-family="${escapeXml(FONT)}">`,
		`<title>${escapeXml(card.alt)}</title>`,
		`<rect width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT}" fill="${BG}"/>`,
		...parts,
		'</svg>',
	].join('\n');
}

/** The sentence form of a card's rows, e.g. "Detainers: Not honoured. Release notice: …". */
function rowsSentence(rows: CardRow[]): string {
	return rows.map((r) => `${r.label}: ${r.value}.`).join(' ');
}

/**
 * A jurisdiction's card: its name, kind and state, and its headline values in words as of a day
 * (the detainer question first, as in every view), resolved with `valueOnDay`.
 * @param day `YYYY-MM-DD`, normally the build day.
 */
export function jurisdictionCard(
	jurisdiction: Jurisdiction,
	dimensions: DataEntry<Dimension>[],
	day: string,
	siteName: string
): SocialCard {
	const rows = dimensions.slice(0, CARD_DIMENSIONS).map((dimension) => {
		const cell = valueOnDay(jurisdiction, dimension, day);
		return {
			label: dimension.data.shortTitle,
			value: cell.label,
		};
	});
	const subtitle = `${JURISDICTION_KIND_LABELS[jurisdiction.kind]} · ${jurisdiction.state}`;
	const footer = `Values as of ${formatDate(day)} · each one sourced and dated on the site`;
	return {
		siteName,
		title: jurisdiction.name,
		subtitle,
		rows,
		footer,
		alt: `${jurisdiction.name} (${subtitle}), as of ${formatDate(day)}. ${rowsSentence(rows)}`,
	};
}

/**
 * The site-wide card used by every page without its own image.
 * @param counts How many jurisdictions and questions the build holds.
 * @param day `YYYY-MM-DD`, normally the build day.
 */
export function defaultCard(
	counts: { jurisdictions: number; dimensions: number },
	day: string,
	siteName: string
): SocialCard {
	const rows = [
		{ label: 'Jurisdictions', value: `${counts.jurisdictions} cities, counties and states` },
		{ label: 'Questions', value: `${counts.dimensions}, each answered in words` },
		{ label: 'Evidence', value: 'Every value dated and linked to its sources' },
	];
	const title = 'Local rules on federal immigration enforcement';
	return {
		siteName,
		title,
		subtitle: 'A sourced, dated and neutral comparison of local rules',
		rows,
		footer: `Built ${formatDate(day)}`,
		alt: `${siteName}: ${title}. ${rowsSentence(rows)}`,
	};
}
