// Imports ICE 287(g) lists: `npm run import:287g -- <file>…` copies the files into
// data/ice-287g/raw/ and rebuilds content/ice-287g/ from every raw list (no files: rebuild only).
import { importLists } from '../src/lib/ice-287g/importer.ts';

try {
	const summary = await importLists(process.argv.slice(2));
	for (const list of summary.lists) {
		console.log(
			`${list.id}  ${String(list.rows).padStart(5)} rows  ${String(list.unplaced).padStart(3)} unplaced  ${list.file}`
		);
	}
	console.log(
		`${summary.lists.length} lists, ${summary.agencies} agencies, ${summary.unplaced} unplaced rows (content/ice-287g/unplaced.json)`
	);
} catch (error) {
	console.error(`import:287g failed: ${(error as Error).message}`);
	process.exit(1);
}
