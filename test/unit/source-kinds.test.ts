import { describe, expect, it } from 'vitest';
import type { DataEntry } from '../../src/lib/dataset-types';
import { sourcesByLetter } from '../../src/lib/source-kinds';
import { publisherAnchor, publisherLetter, sourcePageUrl } from '../../src/lib/urls';
import type { Source } from '../../src/schemas/source';

function source(id: string, publisher: string): DataEntry<Source> {
	return {
		id,
		data: { kind: 'news-report', publisher, title: id, published: '2025-01-01' } as Source,
	} as DataEntry<Source>;
}

describe('publisherLetter', () => {
	it('files a source by the first letter of its publisher, accents dropped, others under 0-9', () => {
		expect(publisherLetter('The New York Times')).toBe('t');
		expect(publisherLetter('Éxito Radio')).toBe('e');
		expect(publisherLetter('"Quoted" Weekly')).toBe('q');
		expect(publisherLetter('9News')).toBe('0-9');
		expect(publisherLetter('')).toBe('0-9');
	});
});

describe('sourcePageUrl', () => {
	it("points at the source's anchor on its kind and letter page", () => {
		expect(sourcePageUrl({ id: 'x-1', kind: 'news-report', publisher: 'Bolts' })).toBe(
			'/sources/news-report/b/#source-x-1'
		);
	});
});

describe('publisherAnchor', () => {
	it('makes a stable anchor from the name, so spelling variants of one name meet', () => {
		expect(publisherAnchor('San José Spotlight')).toBe('publisher-san-jose-spotlight');
		expect(publisherAnchor('San Jose Spotlight.')).toBe('publisher-san-jose-spotlight');
		expect(publisherAnchor('…')).toBe('publisher-unnamed');
	});
});

describe('sourcesByLetter', () => {
	const group = {
		kind: 'news-report' as const,
		sources: [
			source('a1', 'Axios'),
			source('n1', 'NBC News'),
			source('n2', 'NPR'),
			source('d1', '9News'),
			source('n3', 'NBC News'),
			source('s1', 'San José Spotlight'),
			source('s2', 'San Jose Spotlight'),
		],
	};
	const letters = sourcesByLetter(group);

	it('makes one group per letter, alphabetical with 0-9 last, counting every source once', () => {
		expect(letters.map((l) => l.letter)).toEqual(['a', 'n', 's', '0-9']);
		expect(letters.reduce((n, l) => n + l.count, 0)).toBe(group.sources.length);
	});

	it("groups a letter's sources by publisher, in the order given, merging names with one anchor", () => {
		const n = letters.find((l) => l.letter === 'n')!;
		expect(n.publishers.map((p) => [p.publisher, p.sources.map((s) => s.id)])).toEqual([
			['NBC News', ['n1', 'n3']],
			['NPR', ['n2']],
		]);
		const s = letters.find((l) => l.letter === 's')!;
		expect(s.publishers).toHaveLength(1);
		expect(s.publishers[0]!.sources.map((x) => x.id)).toEqual(['s1', 's2']);
	});
});
