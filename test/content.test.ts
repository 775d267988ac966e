import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../src/lib/validate-dataset';
import { loadContent } from './support/load-content';

const TODAY = new Date().toISOString().slice(0, 10);

describe('the real dataset in content/', () => {
	const { dataset, problems } = loadContent('content');

	it('passes every schema and cross-reference check', () => {
		const all = [...problems, ...validateDataset(dataset, TODAY)].map(formatProblem);
		expect(all).toEqual([]);
	});

	it('holds the jurisdictions the seed articles name', () => {
		const ids = dataset.jurisdictions.map((j) => j.id);
		expect(ids).toEqual(
			expect.arrayContaining([
				'new-york-city',
				'new-york-state',
				'chicago',
				'cook-county',
				'illinois',
				'new-orleans',
				'orleans-parish',
				'philadelphia',
				'milwaukee-county',
				'connecticut',
				'clark-county',
				'miami-dade-county',
				'san-francisco',
				'washington-dc',
			])
		);
	});
});
