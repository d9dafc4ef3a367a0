/** PLOVER types and families for the filters (the table itself is in the API contract). */
import { FAMILIES, FAMILY_OF, type Family, type PloverType } from '../../src/api/contract.js'

export const PLOVER_TYPES_LIST = Object.keys(FAMILY_OF) as PloverType[]
export { FAMILIES, FAMILY_OF, type Family }
