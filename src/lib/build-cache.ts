import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where build outputs are kept between builds; node_modules/.cache is ignored by git and by CI caches alike. */
const CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'atlas-build');

/**
 * Returns the bytes `make` produces for `inputs`, reusing those of an earlier build when the inputs
 * are the same: the key is a SHA-256 of every input, so any change of text, layout or encoder
 * settings makes a new entry, and an unchanged image is never redrawn.
 * @param kind A folder name for this kind of output, e.g. `og`.
 * @param inputs Everything the output depends on, as strings.
 * @param make Produces the output when it is not cached.
 */
export async function cachedBytes(
	kind: string,
	inputs: string[],
	make: () => Promise<Uint8Array>
): Promise<Uint8Array> {
	const hash = createHash('sha256');
	for (const input of inputs) hash.update(input).update('\0');
	const dir = join(CACHE_DIR, kind);
	const file = join(dir, hash.digest('hex'));
	try {
		return new Uint8Array(readFileSync(file));
	} catch {
		const bytes = await make();
		mkdirSync(dir, { recursive: true });
		// Write then rename, so a build that stops half-way never leaves a truncated entry.
		const partial = `${file}.${process.pid}.tmp`;
		writeFileSync(partial, bytes);
		renameSync(partial, file);
		return bytes;
	}
}
