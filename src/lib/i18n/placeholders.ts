/**
 * Fills a string's `{name}` placeholders from `vars`; a name not in `vars` stays as written, so a
 * page can hand a template on for the browser to finish. Free of build-only imports: scripts use it.
 */
export function fillPlaceholders(text: string, vars: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}

/** One piece of a marked-up string: plain text, `**bold**` text, or a `{name}` slot. */
export type TemplatePart = { text: string } | { bold: string } | { slot: string };

/**
 * Splits a string table's text into plain text, `**bold**` words and `{name}` slots, so a page can
 * put markup (a <strong>, a <code>) where the translation places it, without HTML in the tables.
 */
export function templateParts(text: string): TemplatePart[] {
	return text
		.split(/(\*\*[^*]+\*\*|\{\w+\})/)
		.filter(Boolean)
		.map((part) =>
			part.startsWith('**') && part.endsWith('**')
				? { bold: part.slice(2, -2) }
				: /^\{\w+\}$/.test(part)
					? { slot: part.slice(1, -1) }
					: { text: part }
		);
}
