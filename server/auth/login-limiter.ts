/**
 * Counts failed sign-ins in a sliding window, per client address and account together,
 * per address, and per account across addresses. It is asked before the password is
 * checked, for every attempt — batched calls included, since it sits in the procedure and
 * not on the HTTP path. A success clears the address+account counter.
 */
export interface LoginLimits {
  windowMs: number;
  perAddressAndAccount: number;
  perAddress: number;
  perAccount: number;
}

export const defaultLoginLimits: LoginLimits = { windowMs: 15 * 60_000, perAddressAndAccount: 5, perAddress: 20, perAccount: 50 };

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: LoginLimits = defaultLoginLimits) {}

  private keys(address: string, account: string): [string, number][] {
    return [
      [`both ${address} ${account}`, this.limits.perAddressAndAccount],
      [`address ${address}`, this.limits.perAddress],
      [`account ${account}`, this.limits.perAccount],
    ];
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((at) => now - at < this.limits.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfter(address: string, account: string, now: number): number {
    let wait = 0;
    for (const [key, limit] of this.keys(address, account)) {
      const recent = this.recent(key, now);
      if (recent.length >= limit) wait = Math.max(wait, Math.ceil((recent[recent.length - limit]! + this.limits.windowMs - now) / 1000));
    }
    return wait;
  }

  recordFailure(address: string, account: string, now: number): void {
    for (const [key] of this.keys(address, account)) this.failures.set(key, [...this.recent(key, now), now]);
    if (this.failures.size > 100_000) this.prune(now);
  }

  /**
   * Asks for an attempt and, when it is allowed, counts it as a failure at once: 0 to go
   * ahead, or the seconds to wait. Checking and counting in one step matters because the
   * password check is asynchronous: the calls of one batched request run at the same time,
   * and each must see the ones before it (a check-then-count limiter let a whole batch in).
   * A right password takes the attempt back with `recordSuccess` or `release`.
   */
  attempt(address: string, account: string, now: number): number {
    const wait = this.retryAfter(address, account, now);
    if (wait === 0) this.recordFailure(address, account, now);
    return wait;
  }

  /** The attempt counted at `attemptAt` was no failure after all (the password was right). */
  release(address: string, account: string, attemptAt: number): void {
    for (const [key] of this.keys(address, account)) {
      const kept = this.failures.get(key);
      const index = kept?.lastIndexOf(attemptAt) ?? -1;
      if (kept && index >= 0) kept.splice(index, 1);
      if (kept?.length === 0) this.failures.delete(key);
    }
  }

  /** A successful sign-in: its attempt is taken back, and the address+account count starts over. */
  recordSuccess(address: string, account: string, attemptAt?: number): void {
    if (attemptAt !== undefined) this.release(address, account, attemptAt);
    this.failures.delete(`both ${address} ${account}`);
  }

  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
  }
}
