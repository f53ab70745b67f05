/** Thrown when a run may not start; nothing has been written. */
export class ImportRefused extends Error {}
