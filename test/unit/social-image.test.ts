import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
	CARD_DIMENSIONS,
	defaultCard,
	escapeXml,
	jurisdictionCard,
	SOCIAL_IMAGE_HEIGHT,
	SOCIAL_IMAGE_WIDTH,
	socialImageSvg,
	type SocialCard,
} from '../../src/lib/social-image';
import { valueOnDay } from '../../src/lib/value-on-day';
import { loadContent } from '../support/load-content';

const { dataset } = loadContent('content');
const DAY = '2026-01-01';

const hostile: SocialCard = {
	siteName: 'Atlas & Co',
	title: `Smith's "County" <script>alert(1)</script> & Sons\u0007`,
	subtitle: 'County · <b>XX</b>',
	rows: [{ label: 'A < B', value: 'Only "with" a judicial warrant & more > less' }],
	footer: "It's ]]> over",
	alt: 'Alt & <alt>',
};

describe('escapeXml', () => {
	it('escapes the five XML specials and drops characters XML cannot carry', () => {
		expect(escapeXml(`a & b < c > d "e" 'f'\u0000\u001F`)).toBe(
			'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;'
		);
		expect(escapeXml('Émile – “quoted” · §')).toBe('Émile – “quoted” · §');
	});
});

describe('socialImageSvg', () => {
	it('escapes every piece of text, so hostile content cannot add markup', () => {
		const svg = socialImageSvg(hostile);
		expect(svg).not.toContain('<script');
		expect(svg).not.toContain('<b>');
		expect(svg).not.toContain('\u0007');
		expect(svg).toContain('&lt;script&gt;');
		expect(svg).toContain('Atlas &amp; Co');
		expect(svg).toContain('A &lt; B');
		// Outside tags, the only "<" left are the SVG's own elements.
		expect(svg.match(/<(?!\/?(svg|title|rect|text|line)\b)/g)).toBeNull();
	});

	it('is a 1200×630 SVG that sharp parses, even with hostile text', async () => {
		const meta = await sharp(Buffer.from(socialImageSvg(hostile))).metadata();
		expect([meta.width, meta.height]).toEqual([SOCIAL_IMAGE_WIDTH, SOCIAL_IMAGE_HEIGHT]);
	});

	it('wraps a long title to two lines and cuts what is left with an ellipsis', () => {
		const svg = socialImageSvg({ ...hostile, title: 'word '.repeat(40) });
		const titleLines = [...svg.matchAll(/font-size="56"[^>]*>([^<]*)</g)].map((m) => m[1]!);
		expect(titleLines).toHaveLength(2);
		expect(titleLines[1]).toMatch(/…$/);
	});
});

describe('jurisdictionCard', () => {
	it('shows the headline values in words as resolveCell gives them, detainers first', () => {
		const entry = dataset.jurisdictions.find((j) => j.id === 'new-york-city')!;
		const card = jurisdictionCard(entry.data, dataset.dimensions, DAY, 'Atlas');
		const headline = dataset.dimensions.slice(0, CARD_DIMENSIONS);
		expect(headline[0]!.id).toBe('detainers');
		expect(card.rows).toEqual(
			headline.map((d) => ({
				label: d.data.shortTitle,
				value: valueOnDay(entry.data, d, DAY).value.label,
			}))
		);
		expect(card.title).toBe(entry.data.name);
		expect(card.subtitle).toBe('Consolidated city-county · NY');
		expect(card.footer).toContain('January 1, 2026');
		for (const row of card.rows) expect(card.alt).toContain(`${row.label}: ${row.value}.`);
	});

	it('fits every jurisdiction’s card inside the image', () => {
		for (const entry of dataset.jurisdictions) {
			const svg = socialImageSvg(jurisdictionCard(entry.data, dataset.dimensions, DAY, 'Atlas'));
			const ys = [...svg.matchAll(/<text x="\d+" y="(\d+)"/g)].map((m) => Number(m[1]));
			expect(Math.max(...ys), entry.id).toBeLessThanOrEqual(SOCIAL_IMAGE_HEIGHT - 20);
			// Text above the footer band stays above it.
			const band = Number(/<rect x="0" y="(\d+)"/.exec(svg)![1]);
			expect(
				ys.slice(0, -1).every((y) => y < band - 10),
				entry.id
			).toBe(true);
		}
	});
});

describe('defaultCard', () => {
	it('counts the jurisdictions and questions', () => {
		const card = defaultCard({ jurisdictions: 16, dimensions: 9 }, DAY, 'Atlas');
		expect(card.rows.map((r) => r.value).join(' ')).toMatch(/16 .*9/);
	});
});
