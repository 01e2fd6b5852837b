/** A request the user can fix (unknown region, bad option); shown as one line, exit code 1. */
export class UserError extends Error {
  constructor(message: string) {
    super(message.replace(/[\r\n]+/g, ' '));
    this.name = 'UserError';
  }
}
