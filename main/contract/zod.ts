// One locale, not `z.locales`: that namespace would bundle all fifty of them (~700 kB to parse
// at every start of main, and in the renderer's first chunk). For the same reason `z` is our
// own selection of zod (zod-api.ts), not zod's namespace.
import nl from 'zod/v4/locales/nl.js';
import * as z from './zod-api';

// Validation messages in Dutch wherever a contract schema is parsed: in main (dispatch) and in
// the renderer (forms that check input before sending it). Every contract file takes `z` from
// here, so no schema can be used before the locale is set.
z.config(nl());

export { z };
