import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base32Decode, base32Encode, matchTotp, otpauthUri, stepAt, totpCode } from '../../server/auth/totp';

// RFC 6238 appendix B, SHA-1 column (the 8-digit values; a 6-digit code is their last six digits).
const rfcSecret = base32Encode(Buffer.from('12345678901234567890'));
const rfcVectors: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(rfcVectors)('at %i s the code is the RFC vector %s (last six digits)', (seconds, code) => {
    expect(totpCode(rfcSecret, stepAt(new Date(seconds * 1000)))).toBe(code.slice(-6));
  });

  it('base32 round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
          expect([...base32Decode(base32Encode(Buffer.from(bytes)))]).toEqual([...bytes]);
        }), { seed: 4242 });
  });

  it('accepts the current step and one step of drift, not two', () => {
    const now = new Date('2026-11-22T10:00:15Z');
    const step = stepAt(now);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, step), now, null)).toBe(step);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, step - 1), now, null)).toBe(step - 1);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, step + 1), now, null)).toBe(step + 1);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, step - 2), now, null)).toBeNull();
  });

  it('a code works once: a step at or before the last used one is refused', () => {
    const now = new Date('2026-11-22T10:00:15Z');
    const step = stepAt(now);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, step), now, step)).toBeNull();
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, step - 1), now, step - 1)).toBeNull();
  });

  it('refuses anything that is not six digits', () => {
    for (const code of ['', '12345', '1234567', 'abcdef', '12 34 5']) expect(matchTotp(rfcSecret, code, new Date(), null)).toBeNull();
  });

  it('the otpauth URI names the issuer and account and carries the secret', () => {
    expect(otpauthUri('JBSWY3DPEHPK3PXP', 'päivi@example.fi')).toBe('otpauth://totp/Linkkipaja:p%C3%A4ivi%40example.fi?secret=JBSWY3DPEHPK3PXP&issuer=Linkkipaja&algorithm=SHA1&digits=6&period=30');
  });
});
