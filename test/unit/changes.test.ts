import { describe, expect, it } from 'vitest';
import { describeValueChange } from '../../src/lib/changes';

describe('describeValueChange', () => {
	it('says a first value, a change of value, and a new rule with the same value differently', () => {
		expect(describeValueChange({ before: undefined, after: 'Prohibited' })).toBe('Prohibited');
		expect(describeValueChange({ before: 'No agreement', after: 'Prohibited' })).toBe(
			'No agreement → Prohibited'
		);
		expect(describeValueChange({ before: 'Restricted', after: 'Restricted' })).toBe(
			'Restricted, under a new rule'
		);
	});
});
