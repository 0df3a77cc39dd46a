/** An error whose message is meant for the person at the terminal (no stack trace needed). */
export class StackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StackError';
  }
}
