import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check-content';
import { formatProblem } from '../src/lib/validate-dataset';

const TODAY = new Date().toISOString().slice(0, 10);

describe('the real dataset in content/', () => {
	const { dataset, problems } = checkContent('content', TODAY);

	it('passes every check the build makes', () => {
		expect(problems.map(formatProblem)).toEqual([]);
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
