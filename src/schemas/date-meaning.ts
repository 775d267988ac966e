import { z } from 'astro/zod';
import { DATE_MEANINGS, DATE_PRECISIONS } from './date-meaning-values';

export {
	DATE_MEANINGS,
	DATE_MEANING_LABELS,
	DATE_PRECISIONS,
	type DateMeaning,
	type DatePrecision,
} from './date-meaning-values';

/** Schema for a date meaning. */
export const DateMeaningSchema = z.enum(DATE_MEANINGS);

/** Schema for a date precision; a date is known to the day unless it says otherwise. */
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS).default('day');
