/**
 * Text bound for spreadsheets, made safe in one place (OWASP CSV injection, WSTG-INPV-21).
 * exceljs's CSV writer escapes nothing and csv-stringify's `escape_formulas` misses a
 * leading line feed and NUL (quality-bar.md "Pitfalls"), so every exporter calls these.
 */

/**
 * Characters that make a spreadsheet treat a cell as a formula: = + - @ and their
 * full-width and small-form variants (Excel folds them to ASCII), and the minus sign.
 */
const formulaChars = '=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE62\\uFE63\\uFE66\\u2212';

/**
 * A cell is dangerous when it starts with a control character (TAB, CR, LF, NUL… — some
 * readers strip them and then see a formula) or when its first visible character, after
 * spaces and invisible format characters some readers also skip, is a formula character.
 */
const formulaLead = new RegExp(`^(?:[\\u0000-\\u001F\\u007F]|[\\s\\u200B-\\u200D\\u2060\\uFEFF]*[${formulaChars}])`);

/** Whether a spreadsheet could read `cell` as a formula. */
export function looksLikeFormula(cell: string): boolean {
  return formulaLead.test(cell);
}

/**
 * A text cell that no spreadsheet will evaluate: formula-leading text gets a leading
 * apostrophe (the prefix Excel itself uses for "this is text"). The apostrophe is visible
 * in other readers; that is the price of a CSV cell that cannot run.
 */
export function neutralizeFormula(cell: string): string {
  return looksLikeFormula(cell) ? `'${cell}` : cell;
}

/**
 * Text that XML 1.0 can carry: an XLSX with a NUL or a lone surrogate in a cell does not
 * open, so such characters become U+FFFD (tab, line feed and carriage return stay).
 */
export function xmlSafeText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

const sheetNameMax = 31;

/**
 * Worksheet names Excel accepts, unique within a workbook: at most 31 characters, none of
 * [ ] : * ? / \, not starting or ending with an apostrophe, not empty, not "History".
 * `taken` holds the names already used (compared case-insensitively, as Excel does).
 */
export function safeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const cleaned = xmlSafeText(wanted)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[[\]:*?/\\\u0000-\u001F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  const base = cleaned === '' || cleaned.toLowerCase() === 'history' ? 'Sheet' : cleaned;
  const lowerTaken = new Set([...taken].map((name) => name.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const name = `${Array.from(base).slice(0, sheetNameMax - suffix.length)
      .join('')
      .replace(/[\s']+$/, '')}${suffix}`;
    if (!lowerTaken.has(name.toLowerCase())) return name;
  }
}
