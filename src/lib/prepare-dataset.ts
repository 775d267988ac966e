import type { Dataset } from './dataset-types';
import { withListedJurisdictions } from './event-lists';
import { orderDataset } from './order';

/**
 * The collections as every view and check sees them: in display order, with each list's event
 * naming every page on the list. The build's loader and the tests' reader both call this, so the
 * pages and the tests never see two versions of the data.
 * @param dataset The collections as read.
 */
export function prepareDataset(dataset: Dataset): Dataset {
	return withListedJurisdictions(orderDataset(dataset));
}
