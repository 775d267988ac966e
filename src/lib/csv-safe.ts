import type { Options } from 'csv-stringify/sync';

/**
 * csv-stringify options that keep a cell from running as a spreadsheet formula: text starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return (and their full-width forms) gets a leading `'`, as
 * OWASP advises for CSV injection. Numbers (a negative longitude) are left as they are; JSON is exact.
 */
export const CSV_FORMULA_SAFETY: Pick<Options, 'escape_formulas'> = { escape_formulas: true };

/** The codebook's sentence on what CSV_FORMULA_SAFETY does to a cell. */
export const CSV_FORMULA_NOTE =
	"A text field that begins with =, +, -, @ or a tab is written with a leading apostrophe (') so no spreadsheet runs it as a formula; the JSON files keep the exact text.";
