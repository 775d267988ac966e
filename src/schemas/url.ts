import { z } from 'astro/zod';

/** The only URL schemes the site links to or publishes in its downloads. */
export const SAFE_PROTOCOLS = ['http:', 'https:'] as const;

/** True when `text` is an absolute http(s) URL with a host (rejects `javascript:`, `data:`, `file:`). */
export function isHttpUrl(text: string): boolean {
	if (!URL.canParse(text)) return false;
	const url = new URL(text);
	return (SAFE_PROTOCOLS as readonly string[]).includes(url.protocol) && url.hostname !== '';
}

/** An absolute http:// or https:// address of a document. */
export const HttpUrlSchema = z
	.string({ error: 'Expected a full address starting with https:// (or http://)' })
	.trim()
	.refine(isHttpUrl, {
		error: (issue) =>
			`"${String(issue.input).slice(0, 80)}" is not allowed; write a full address starting with https:// (or http://), e.g. https://www.example.gov/order.pdf`,
	});
