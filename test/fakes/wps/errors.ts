/** Errors the fake raises where WPS raises a COM error (which reaches JavaScript as a thrown Error). */

export class FakeEtError extends Error {
  constructor(
    readonly member: string,
    message: string,
  ) {
    super(`${member}: ${message}`);
    this.name = 'FakeEtError';
  }
}

export function etError(member: string, message: string): FakeEtError {
  return new FakeEtError(member, message);
}
