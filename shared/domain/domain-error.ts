/** Codes for broken invariants inside the domain core; mapped to transport codes in one place. */
export type DomainErrorCode = 'NOT_FOUND' | 'INVALID_INPUT' | 'CONFLICT' | 'INVARIANT';

/** The one error type the domain throws, for broken invariants only (expected outcomes are values). */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
