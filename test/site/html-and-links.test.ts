import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, idsIn, page, requireDist } from '../support/dist';

beforeAll(requireDist);

describe('valid HTML', () => {
	// Validating every page takes over a minute on a loaded machine since the 287(g) lists added ~80 pages.
	it(
		'every page in dist/ passes html-validate (recommended rules)',
		{ timeout: 300_000 },
		async () => {
			const validator = new HtmlValidate({
				extends: ['html-validate:recommended'],
				rules: {
					// Formatting and search-snippet rules, not validity: Astro's output keeps line-end spaces,
					// and page titles carry the site name after long jurisdiction names.
					'no-trailing-whitespace': 'off',
					'long-title': 'off',
				},
			});
			const errors: string[] = [];
			for (const file of htmlFiles()) {
				const report = await validator.validateFile(join(DIST, file));
				for (const result of report.results) {
					for (const m of result.messages)
						errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
				}
			}
			expect(errors).toEqual([]);
		}
	);
});

describe('links', () => {
	it('every internal link and #fragment in dist/ resolves', () => {
		const broken: string[] = [];
		const idCache = new Map<string, Set<string>>();
		const idsOf = (urlPath: string) => {
			if (!idCache.has(urlPath)) idCache.set(urlPath, new Set(idsIn(page(urlPath))));
			return idCache.get(urlPath)!;
		};
		let checked = 0;
		for (const file of htmlFiles()) {
			const from = `/${file.replace(/index\.html$/, '')}`;
			for (const [, href] of page(`/${file}`).matchAll(/href="([^"]+)"/g)) {
				if (/^(https?:|mailto:)/.test(href!)) continue;
				checked++;
				const [path, fragment] = href!.split('#');
				const target = path ? path : from;
				const exists = target.endsWith('/')
					? existsSync(join(DIST, target, 'index.html'))
					: existsSync(join(DIST, target));
				if (!exists) broken.push(`${file}: ${href} (no page)`);
				else if (fragment && target.endsWith('/') && !idsOf(target).has(fragment)) {
					broken.push(`${file}: ${href} (no #${fragment})`);
				}
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(100);
	});
});
