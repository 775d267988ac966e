/**
 * The day the site is built, `YYYY-MM-DD` in UTC: "current" values on every page are resolved as
 * of this day, and pages say so. `ATLAS_TODAY` pins it for reproducible builds and tests.
 */
export function buildDay(): string {
	return process.env.ATLAS_TODAY ?? new Date().toISOString().slice(0, 10);
}
