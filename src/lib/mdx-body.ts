import { mdxToMdast } from 'satteri';
import { isHttpUrl } from '../schemas/url';

/** One broken rule in an MDX body, located by line. */
export interface BodyIssue {
	field: string;
	message: string;
}

/** The components page text may use, with the attributes each takes (all plain strings). */
export const BODY_COMPONENTS: Record<string, { required: string[]; optional: string[] }> = {
	Cite: { required: ['s'], optional: ['p'] },
};

interface Node {
	type: string;
	name?: string | null;
	url?: string;
	value?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { line: number } };
}

/** True for a link the site can publish: http(s), or a path or fragment on this site. */
function isSafeLink(url: string): boolean {
	return isHttpUrl(url) || /^\/(?!\/)/.test(url) || url.startsWith('#');
}

/** True for `{/* … *\/}`, the only expression MDX needs (a comment). */
function isComment(expression: string): boolean {
	return /^\s*\/\*[\s\S]*\*\/\s*$/.test(expression);
}

/**
 * Checks an MDX body with the same parser the build renders it with (satteri): it must parse, use
 * only the site's components with plain string attributes, contain no raw HTML, script, imports or
 * expressions, no images, and link only to http(s) addresses or to pages of this site.
 * @param body The text under the frontmatter.
 * @param firstLine The file line the body starts on, so messages point at the right line.
 */
export function checkMdxBody(body: string, firstLine = 1): BodyIssue[] {
	let tree: Node;
	try {
		tree = mdxToMdast(body) as unknown as Node;
	} catch (error) {
		const text = (error as Error).message;
		const at = /^(\d+):(\d+):\s*/.exec(text);
		const line = at ? Number(at[1]) + firstLine - 1 : firstLine;
		return [
			{
				field: `body (line ${line})`,
				message: `not valid MDX: ${at ? text.slice(at[0].length) : text}`,
			},
		];
	}
	const issues: BodyIssue[] = [];
	const visit = (node: Node) => {
		const line = node.position ? node.position.start.line + firstLine - 1 : undefined;
		const field = line ? `body (line ${line})` : 'body';
		const add = (message: string) => issues.push({ field, message });
		switch (node.type) {
			case 'mdxjsEsm':
				add('import and export are not allowed; the site provides its components (<Cite>)');
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!isComment(node.value ?? '')) add('{…} expressions are not allowed; write plain text');
				break;
			case 'html':
				add('raw HTML is not allowed; write Markdown');
				break;
			case 'image':
				add('images are not allowed in page text; link to the document instead');
				break;
			case 'link':
			case 'definition':
				if (!isSafeLink(node.url ?? '')) {
					add(
						`link to "${(node.url ?? '').slice(0, 80)}" is not allowed; link to a full https:// address or to a page of this site (/…)`
					);
				}
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				const component = Object.hasOwn(BODY_COMPONENTS, name) ? BODY_COMPONENTS[name] : undefined;
				if (!component) {
					add(
						`<${name || '>'}> is not allowed: no raw HTML or scripts in page text; use Markdown and the site's components (${Object.keys(BODY_COMPONENTS).join(', ')})`
					);
					return;
				}
				const seen = new Set<string>();
				for (const attribute of node.attributes ?? []) {
					const attr = attribute.name ?? '';
					if (attribute.type !== 'mdxJsxAttribute' || !attr) {
						add(`<${name}> takes only plain attributes (${name} s="source-id")`);
					} else if (![...component.required, ...component.optional].includes(attr)) {
						add(
							`<${name}> has no attribute "${attr}" (it takes ${[...component.required, ...component.optional].join(', ')})`
						);
					} else if (typeof attribute.value !== 'string') {
						add(`<${name} ${attr}> must be a quoted string, e.g. ${attr}="…"`);
					} else {
						seen.add(attr);
					}
				}
				for (const attr of component.required) {
					if (!seen.has(attr)) add(`<${name}> needs ${attr}="…"`);
				}
				break;
			}
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	return issues;
}

/** Source ids cited with `<Cite s="…" />` in an MDX body, read from the parsed tree. */
export function citedInBody(body: string): string[] {
	const ids: string[] = [];
	const visit = (node: Node) => {
		if (
			(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
			node.name === 'Cite'
		) {
			const s = node.attributes?.find((a) => a.name === 's')?.value;
			if (typeof s === 'string') ids.push(s);
		}
		node.children?.forEach(visit);
	};
	try {
		visit(mdxToMdast(body) as unknown as Node);
	} catch {
		// A body that does not parse is reported by checkMdxBody.
	}
	return ids;
}
