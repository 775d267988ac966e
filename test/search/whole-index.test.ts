import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../src/lib/search/record-types';
import { shardIndex, wholeIndex } from '../../src/lib/search/shards';
describe('the whole index from the files shipped', () => {
	const records: SearchRecord[] = [
		{ y: 'jurisdiction', n: 'Alpha County', u: '/jurisdictions/alpha/', k: '', x: 'A summary.' },
		{ y: 'dimension', n: 'Detainers', u: '/policies/detainers/', k: '', x: 'Holds.' },
		...Array.from({ length: 120 }, (_, i) => ({
			y: 'section' as const,
			n: `Alpha County: part ${i}`,
			u: `/jurisdictions/alpha/#s${i}`,
			k: '',
			x: `text ${i}`,
		})),
	];

	it('is the index that was split, record for record, with places in full', () => {
		const { head, chunks } = shardIndex(records);
		expect(chunks.length).toBeGreaterThan(1);
		expect(wholeIndex(head, chunks)).toEqual(records);
	});

	it('fails when a chunk is missing, the last one too', () => {
		const { head, chunks } = shardIndex(records);
		expect(() => wholeIndex(head, [chunks[0]!, ...chunks.slice(2)])).toThrow(
			`The head lists ${chunks.length} chunks, not ${chunks.length - 1}`
		);
		expect(() => wholeIndex(head, chunks.slice(0, -1))).toThrow(/The head lists/);
	});

	it('fails when a chunk is not the one the head puts there', () => {
		const { head, chunks } = shardIndex(records);
		const swapped = [chunks[1]!, chunks[0]!, ...chunks.slice(2)];
		expect(() => wholeIndex(head, swapped)).toThrow(
			`Chunk 0 does not start with record ${head.starts[0]}, as the head says`
		);
	});

	it('fails, naming the record, when a record is in no file', () => {
		const { head, chunks } = shardIndex(records);
		const [first, ...rest] = chunks[1]!;
		const dropped = rest.length ? [first!, ...rest.slice(1)] : [first!];
		const missing = rest[0]![0];
		expect(() => wholeIndex(head, [chunks[0]!, dropped, ...chunks.slice(2)])).toThrow(
			`Search record ${missing} is in neither the head nor any chunk`
		);
	});
});
