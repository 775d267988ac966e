import type { z } from 'astro/zod';

/** Formats a field path as written in messages: `policies[0].sources[1].source`. */
export function formatPath(path: readonly PropertyKey[]): string {
	const text = path
		.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
		.join('')
		.replace(/^\./, '');
	return text || '(root)';
}

type Issue = z.core.$ZodIssue;

/** For a union, the branch that got furthest: the one whose first issue has the longest path. */
function bestBranch(branches: Issue[][]): Issue[] | undefined {
	return [...branches].sort(
		(a, b) =>
			Math.max(0, ...b.map((i) => i.path.length)) - Math.max(0, ...a.map((i) => i.path.length))
	)[0];
}

/**
 * Turns a zod issue into `field` and a message that says what is wrong and how to write it, in place
 * of zod's and Astro's generic wording ("Invalid input", "Did not match union").
 */
export function formatIssue(
	issue: Issue,
	prefix: readonly PropertyKey[] = []
): {
	field: string;
	message: string;
} {
	const path = [...prefix, ...issue.path];
	switch (issue.code) {
		case 'invalid_type':
			if (issue.input === undefined) {
				return {
					field: formatPath(path),
					message: `required but missing; add it (expected ${issue.expected})`,
				};
			}
			return {
				field: formatPath(path),
				message: `expected ${issue.expected}, got ${Array.isArray(issue.input) ? 'a list' : typeof issue.input}`,
			};
		case 'unrecognized_keys':
			return {
				field: formatPath([...path, issue.keys[0] ?? '']),
				message: `unknown field${issue.keys.length > 1 ? `s ${issue.keys.map((k) => `"${k}"`).join(', ')}` : ''}; check its spelling against content/README.md`,
			};
		case 'invalid_union': {
			const branch = bestBranch(issue.errors);
			const first = branch?.[0];
			if (first && first.path.length > 0) return formatIssue(first, path);
			return {
				field: formatPath(path),
				message:
					first?.code === 'custom'
						? first.message
						: issue.message === 'Invalid input'
							? 'not a value this field accepts; see content/README.md'
							: issue.message,
			};
		}
		default:
			return { field: formatPath(path), message: issue.message };
	}
}
