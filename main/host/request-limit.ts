import { maxWorkbookFileCharacters } from '../contract/backup-channels';

/** Room for the envelope around the largest input (`{"input":{"text":…}}`) and headers-free slack. */
const envelopeBytes = 64 * 1024;

/**
 * The largest request body the host accepts, derived from the largest input the contract
 * allows: a workbook file of `maxWorkbookFileCharacters` sent as a JSON string. JSON.stringify
 * writes one UTF-16 unit as at most 6 bytes (`\u0001`, a lone surrogate), so every file an
 * import accepts fits, whatever it contains.
 */
export const maxRequestBytes = 6 * maxWorkbookFileCharacters + envelopeBytes;
