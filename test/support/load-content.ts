import { readContent } from '../../src/lib/read-content';

/** The tests read content with the build's own reader (src/lib/read-content.ts): one loader, one verdict. */
export function loadContent(contentDir: string, projectRoot = process.cwd()) {
	const { dataset, problems, unreadable } = readContent(contentDir, projectRoot);
	return { dataset, problems, unreadable };
}
