import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { loadContent } from '../support/load-content';
import { DIST, htmlFiles, page, requireDist } from '../support/dist';

const { dataset } = loadContent('content');
const site = new URL(config.site!).origin;

beforeAll(requireDist);

/** The content of `<meta property|name="…" content="…">` in a page, or undefined. */
const meta = (html: string, key: string) =>
	new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(
		html
	)?.[1];

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8)).toEqual(
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
	);
	expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link previews', () => {
	it('every page has og:title, og:description and an absolute og:image that is in the build', () => {
		const files = htmlFiles();
		expect(files.length).toBeGreaterThan(50);
		for (const file of files) {
			const html = page(`/${file}`);
			expect(meta(html, 'og:title'), file).toBeTruthy();
			expect(meta(html, 'og:description'), file).toBeTruthy();
			expect(meta(html, 'og:image:alt'), file).toBeTruthy();
			expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');
			const image = meta(html, 'og:image');
			expect(image, file).toBeDefined();
			const url = new URL(image!);
			expect(url.origin, file).toBe(site);
			expect(existsSync(join(DIST, url.pathname)), `${file}: ${image}`).toBe(true);
			expect(meta(html, 'twitter:image'), file).toBe(image);
		}
	});

	it('every page but 404 names its canonical, absolute URL on the site, and it exists', () => {
		for (const file of htmlFiles().filter((f) => f !== '404.html')) {
			const html = page(`/${file}`);
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
			expect(canonical, file).toBeDefined();
			const url = new URL(canonical!);
			expect(url.origin, file).toBe(site);
			expect(meta(html, 'og:url'), file).toBe(canonical);
			expect(existsSync(join(DIST, url.pathname, 'index.html')), `${file}: ${canonical}`).toBe(
				true
			);
		}
	});

	it('jurisdiction pages and their embeds show the jurisdiction’s own image', () => {
		for (const j of dataset.jurisdictions) {
			for (const path of [
				`/jurisdictions/${j.id}/`,
				`/embed/jurisdictions/${j.id}/`,
				`/es/embed/jurisdictions/${j.id}/`,
			]) {
				expect(meta(page(path), 'og:image'), path).toBe(`${site}/og/${j.id}.png`);
			}
		}
		expect(meta(page('/'), 'og:image')).toBe(`${site}/og/default.png`);
	});

	it('has a 1200×630 PNG for every jurisdiction and for the site', () => {
		for (const id of ['default', ...dataset.jurisdictions.map((j) => j.id)]) {
			expect(pngSize(join(DIST, 'og', `${id}.png`)), id).toEqual({ width: 1200, height: 630 });
		}
	});
});
