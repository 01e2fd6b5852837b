/**
 * PTV codes are hierarchical by their dots: P3 ⊃ P3.7, KR1 ⊃ KR1.2.
 * A rule code matches a service code equal to it or below it.
 */

/** The code itself and every ancestor, nearest first: "P3.7.1" → ["P3.7.1", "P3.7", "P3"]. */
export function selfAndAncestors(code: string): string[] {
  const out = [code];
  let current = code;
  for (let dot = current.lastIndexOf('.'); dot > 0; dot = current.lastIndexOf('.')) {
    current = current.slice(0, dot);
    out.push(current);
  }
  return out;
}

/** The service's own codes that some rule code matches, in the service's order, without repeats. */
export function matchingCodes(ruleCodes: ReadonlySet<string>, serviceCodes: readonly string[]): string[] {
  const out: string[] = [];
  for (const code of serviceCodes) {
    if (out.includes(code)) continue;
    if (selfAndAncestors(code).some((c) => ruleCodes.has(c))) out.push(code);
  }
  return out;
}
