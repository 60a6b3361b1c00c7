import { z } from 'zod';

// Validation messages in Dutch wherever a contract schema is parsed: in main (dispatch) and in
// the renderer (forms that check input before sending it). Every contract file takes `z` from
// here, so no schema can be used before the locale is set.
z.config(z.locales.nl());

export { z };
