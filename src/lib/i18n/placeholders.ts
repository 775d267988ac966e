/**
 * Fills a string's `{name}` placeholders from `vars`; a name not in `vars` stays as written, so a
 * page can hand a template on for the browser to finish. Free of build-only imports: scripts use it.
 */
export function fillPlaceholders(text: string, vars: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole
	);
}
