import * as z from 'zod';
// One locale, not `z.locales`: that namespace would bundle all fifty of them (~700 kB to parse
// at every start of main, and in the renderer's first chunk).
import nl from 'zod/v4/locales/nl.js';

// Validation messages in Dutch wherever a contract schema is parsed: in main (dispatch) and in
// the renderer (forms that check input before sending it). Every contract file takes `z` from
// here, so no schema can be used before the locale is set.
z.config(nl());

export { z };
