/**
 * The folder cannot be read as an O*NET release at all (as opposed to a release with bad rows, which
 * reads and lists them). The message is one sentence a person can act on.
 */
export class UnusableReleaseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnusableReleaseError'
  }
}
