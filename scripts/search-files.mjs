// Reads the search index as a build ships it (the head and its chunks), for the tests and benches:
// the site has no single index file, since no reader's browser ever fetches one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The head and every chunk of a built search index, in chunk order; a missing chunk is an error.
 * @param dist The built site.
 */
export function readSearchFiles(dist) {
	const read = (name) => JSON.parse(readFileSync(join(dist, 'search-shards', name), 'utf8'));
	const head = read('head.json');
	const chunks = head.chunks.map((_, n) => read(join('chunks', `${n}.json`)));
	return { head, chunks };
}
