/** Set by proxy.ts on every request (overwriting any the client sent): the path and query asked for. */
export const REQUESTED_PATH_HEADER = 'x-open-door-path';
