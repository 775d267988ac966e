import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/lib/accuracy-checks';

describe('addMonths', () => {
	it('moves across year boundaries in both directions', () => {
		expect(addMonths('2026-11-23', -6)).toBe('2026-05-23');
		expect(addMonths('2026-03-15', -6)).toBe('2025-09-15');
		expect(addMonths('2025-12-01', 1)).toBe('2026-01-01');
	});
});
