import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { createSearcher } from '../../src/lib/search/engine';
it('q', () => {
	const s = createSearcher(JSON.parse(readFileSync('/work/main/dist/search-index.json', 'utf8')));
	for (const q of (process.env.QS ?? '').split('|')) {
		const t0 = performance.now();
		const hits = s.search(q, 5);
		const dt = performance.now() - t0;
		console.log(`\n## ${q} (${dt.toFixed(1)} ms)`);
		for (const h of hits)
			console.log(h.score.toFixed(3), h.record.y, h.record.u, '|', h.record.n.slice(0, 60));
	}
});
