// The POP-OP tests import the shared helpers from here (kept so their imports stay put).
export { callFails, callOk } from '../../../helpers/call';
