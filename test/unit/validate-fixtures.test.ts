import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/lib/validate-dataset';
import { loadContent } from '../support/load-content';

describe('the valid fixture dataset', () => {
	it('has no problems', () => {
		const { dataset, problems } = loadContent('test/fixtures/valid');
		expect([...problems, ...validateDataset(dataset, '2026-11-23')].map(formatProblem)).toEqual([]);
		expect(dataset.jurisdictions.map((j) => j.id).sort()).toEqual([
			'fixture-city',
			'fixture-state',
		]);
	});
});
