/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection),
 * including full-width variants Excel also honours, and control characters that
 * some readers strip before looking.
 */
const formulaLead = /^[=+\-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A text cell that no spreadsheet will evaluate: formula-leading text gets a leading apostrophe. */
export function neutralizeFormula(cell: string): string {
  return formulaLead.test(cell) ? `'${cell}` : cell;
}
