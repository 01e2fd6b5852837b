/** Codes for broken invariants inside the domain core; mapped to transport codes in one place. */
export type DomainErrorCode = 'NOT_FOUND' | 'INVALID_INPUT' | 'CONFLICT' | 'INVARIANT';

/** What someone else changed first: shown to the person whose change was refused. */
export interface ConflictDetails {
  changes: { by: string; at: string; what: string; serviceId?: string | null; serviceName?: string | null; from?: string | null; to?: string | null }[];
}

/** The one error type the domain throws, for broken invariants only (expected outcomes are values). */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: ConflictDetails,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
