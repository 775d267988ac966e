import type { Dataset } from '../../src/lib/dataset-types';
import type { Policy } from '../../src/schemas/policy';

/** A copy of the dataset with one jurisdiction's policies passed through `edit`. */
export function editPolicies(
	dataset: Dataset,
	jurisdictionId: string,
	edit: (policy: Policy) => Policy
): Dataset {
	return {
		...dataset,
		jurisdictions: dataset.jurisdictions.map((j) =>
			j.id !== jurisdictionId
				? j
				: { ...j, data: { ...j.data, policies: j.data.policies.map(edit) } }
		),
	};
}
