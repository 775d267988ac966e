import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check-content';
import { formatProblem } from '../../src/lib/validate-dataset';

describe('the valid fixture dataset', () => {
	it('has no problems', () => {
		const { dataset, problems } = checkContent('test/fixtures/valid', '2026-11-23');
		expect(problems.map(formatProblem)).toEqual([]);
		expect(dataset.jurisdictions.map((j) => j.id).sort()).toEqual([
			'fixture-city',
			'fixture-state',
		]);
	});
});
