import { describe, expect, it } from 'vitest';
import {
	citeLabel,
	letterFirstHeadingIds,
	nestHeadings,
	proseToMarkdown,
} from '../../src/lib/prose';

const sources = new Map([
	['cook-ordinance', { publisher: 'Cook County Board', published: '2012-09-07' }],
	['quoted', { publisher: 'A <b>"Bold"</b> & Co', published: '2019' }],
]);

describe('proseToMarkdown', () => {
	it('turns each <Cite> into an author-date link to the source on the same page, with its pinpoint', () => {
		const md = proseToMarkdown(
			'The board voted <Cite s="cook-ordinance" />. Later <Cite s="cook-ordinance" p="§ 46-37(b)" />.',
			sources
		);
		expect(md).toBe(
			'The board voted <a class="cite" href="#source-cook-ordinance">(Cook County Board, 2012)</a>. ' +
				'Later <a class="cite" href="#source-cook-ordinance">(Cook County Board, 2012, § 46-37(b))</a>.'
		);
	});

	it('reads attributes in either order and escapes what it puts into HTML', () => {
		expect(proseToMarkdown('x <Cite p="a<b" s="quoted"/>', sources)).toBe(
			'x <a class="cite" href="#source-quoted">(A &lt;b&gt;&quot;Bold&quot;&lt;/b&gt; &amp; Co, 2019, a&lt;b)</a>'
		);
	});

	it('drops MDX comments, keeps other Markdown as written, and refuses an unknown source', () => {
		expect(proseToMarkdown('## History\n\n{/* note to editors */}Text *here*.', sources)).toBe(
			'## History\n\nText *here*.'
		);
		expect(() => proseToMarkdown('<Cite s="nope" />', sources)).toThrow(/nope/);
	});

	it('labels a citation the way the policy cards do', () => {
		expect(citeLabel({ publisher: 'ICE', published: '2017-02' }, 'p. 3')).toBe('(ICE, 2017, p. 3)');
	});
});

describe('nestHeadings', () => {
	it('moves opening and closing heading tags down, stopping at h6, and leaves other tags alone', () => {
		expect(
			nestHeadings('<h2 id="a">A</h2><p>h2 <a href="#h">x</a></p><h3>B</h3><h6>C</h6><header>', 1)
		).toBe('<h3 id="a">A</h3><p>h2 <a href="#h">x</a></p><h4>B</h4><h6>C</h6><header>');
	});
});

describe('letterFirstHeadingIds', () => {
	it('prefixes heading ids that do not start with a letter, in the HTML and the headings alike', () => {
		const fixed = letterFirstHeadingIds({
			html: '<h2 id="2025-and-2026">2025 and 2026</h2><h2 id="history">History</h2><p id="9">x</p>',
			metadata: {
				headings: [
					{ depth: 2, slug: '2025-and-2026', text: '2025 and 2026' },
					{ depth: 2, slug: 'history', text: 'History' },
				],
			},
		});
		expect(fixed.html).toBe(
			'<h2 id="section-2025-and-2026">2025 and 2026</h2><h2 id="history">History</h2><p id="9">x</p>'
		);
		expect(fixed.metadata!.headings!.map((h) => h.slug)).toEqual([
			'section-2025-and-2026',
			'history',
		]);
	});
});
