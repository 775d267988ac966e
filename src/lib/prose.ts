import { sourceAnchor } from './urls';
import { yearOf } from './dates';

/** What a citation's label needs to know of its source. */
export interface CitedSource {
	publisher: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	published: string;
}

/** Escapes text for HTML element content and double-quoted attributes. */
function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** A source's author-date words, e.g. `Cook County Board, 2012, § 46-37`: every citation label uses them. */
export function authorDate(source: CitedSource, pinpoint?: string): string {
	return `${source.publisher}, ${yearOf(source.published)}${pinpoint ? `, ${pinpoint}` : ''}`;
}

/** The author-date label of an inline citation, e.g. `(Cook County Board, 2012, § 46-37)`. */
export function citeLabel(source: CitedSource, pinpoint?: string): string {
	return `(${authorDate(source, pinpoint)})`;
}

/** `<Cite s="…" p="…" />` as the page body writes it (the content checks allow only this form). */
const CITE = /<Cite\s+((?:[a-z]+="[^"]*"\s*)+)\/>/g;
const ATTRIBUTE = /([a-z]+)="([^"]*)"/g;
/** `{/* … *\/}`, the only expression a body may hold: a comment, which renders as nothing. */
const COMMENT = /\{\/\*[\s\S]*?\*\/\}/g;

/**
 * Turns a page body (Markdown with `<Cite>` tags and `{/* *\/}` comments, as the content checks allow)
 * into plain Markdown whose citations are already links, so Astro renders it once at content sync
 * instead of compiling every body into a JavaScript module (the build's largest memory cost at scale).
 * @param body The text under the frontmatter.
 * @param sources The sources by id; the content checks have already refused unknown ids.
 */
export function proseToMarkdown(body: string, sources: ReadonlyMap<string, CitedSource>): string {
	return body.replace(COMMENT, '').replace(CITE, (_, attributes: string) => {
		const attrs = new Map([...attributes.matchAll(ATTRIBUTE)].map((m) => [m[1]!, m[2]!]));
		const id = attrs.get('s') ?? '';
		const source = sources.get(id);
		if (!source) throw new Error(`<Cite s="${id}"> names a source that does not exist`);
		return `<a class="cite" href="#${escapeHtml(sourceAnchor(id))}">${escapeHtml(citeLabel(source, attrs.get('p')))}</a>`;
	});
}

/**
 * Moves every heading of rendered prose down by `levels` (an `h2` becomes an `h3`), so a body's own
 * `##` sections nest under the page heading they are shown beneath.
 * @param html Rendered prose: Markdown output, whose only tags are Markdown's and citation links.
 * @param levels How many levels down, 1 or more; headings stop at `h6`.
 */
export function nestHeadings(html: string, levels: number): string {
	return html.replace(
		/<(\/?)h([1-6])(?=[\s>])/g,
		(_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + levels)}`
	);
}

/** A rendered body as Astro's Markdown renderer returns it: its HTML and its headings' slugs. */
interface RenderedProse {
	html: string;
	metadata?: { headings?: { slug: string }[] };
}

/**
 * Gives every heading an id that starts with a letter, as validators require: a section headed
 * "2025 and 2026" gets `section-2025-and-2026`. The headings' slugs change with them, so search
 * results that link to a section still land on it.
 * @param rendered The renderer's output.
 */
export function letterFirstHeadingIds<T extends RenderedProse>(rendered: T): T {
	const fix = (id: string) => (/^[A-Za-z]/.test(id) ? id : `section-${id}`);
	const html = rendered.html.replace(
		/(<h[1-6]\b[^>]*?\sid=")([^"]*)"/g,
		(_, before: string, id: string) => `${before}${fix(id)}"`
	);
	const headings = rendered.metadata?.headings?.map((h) => ({ ...h, slug: fix(h.slug) }));
	return {
		...rendered,
		html,
		...(rendered.metadata && { metadata: { ...rendered.metadata, headings } }),
	};
}
