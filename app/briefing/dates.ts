/** The Dutch date format of citations and titles; one implementation, in app/corpus/dates. */
export { formatDutchDate } from '../corpus/dates';
