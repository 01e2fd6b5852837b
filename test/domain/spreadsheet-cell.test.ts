import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeFormula, neutralizeFormula, safeSheetName, xmlSafeText } from '../../shared/domain/spreadsheet-cell';

/** WSTG-INPV-21 / OWASP CSV injection payloads, and the leads csv-stringify's own option misses. */
const formulaPayloads = ["=cmd|' /C calc'!A0", '+SUM(1,2)', '-2+3', '@SUM(1)', '\t=1', '\r=1', '\n=1', '\u0000=1', '\uFF1D1', '\uFF0B1', '\uFF0D1', '\uFF201', ' =1', '\u200B=1', '\u22121'];

describe('neutralizeFormula', () => {
  it.each(formulaPayloads)('puts the apostrophe guard before %j', (payload) => {
    expect(looksLikeFormula(payload)).toBe(true);
    expect(neutralizeFormula(payload)).toBe(`'${payload}`);
  });

  it.each(['Perheneuvola', "'=already guarded", 'a=b', '2-3', '', 'ääkköset', 'LP-2026-0001'])('leaves %j alone', (text) => {
    expect(neutralizeFormula(text)).toBe(text);
  });

  it('never returns text that looks like a formula, and only ever adds one apostrophe', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = neutralizeFormula(text);
        expect(looksLikeFormula(safe)).toBe(false);
        expect([text, `'${text}`]).toContain(safe);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('xmlSafeText', () => {
  it('replaces what XML 1.0 cannot carry and keeps the rest', () => {
    expect(xmlSafeText('a\u0000b\u0008c\td\ne\rf')).toBe('a\uFFFDb\uFFFDc\td\ne\rf');
    expect(xmlSafeText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(xmlSafeText('emoji \uD83D\uDE00 stays')).toBe('emoji \uD83D\uDE00 stays');
  });
});

describe('safeSheetName', () => {
  it('drops the characters Excel refuses and cuts to 31', () => {
    expect(safeSheetName('A/B: [x]*?\\y', new Set())).toBe('A B x y');
    expect(safeSheetName('x'.repeat(40), new Set())).toHaveLength(31);
    expect(safeSheetName("'quoted'", new Set())).toBe('quoted');
    expect(safeSheetName('   ', new Set())).toBe('Sheet');
    expect(safeSheetName('History', new Set())).toBe('Sheet');
  });

  it('makes names unique, case-insensitively, within 31 characters', () => {
    const long = 'Itä-Uudenmaan hyvinvointialueen perhepalvelut';
    const first = safeSheetName(long, new Set());
    const second = safeSheetName(long, new Set([first]));
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThanOrEqual(31);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(safeSheetName('digifinland', new Set(['DigiFinland']))).toBe('digifinland (2)');
  });

  it('always gives a valid, new name', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 50 }), { maxLength: 8 }), (wanted) => {
        const taken = new Set<string>();
        for (const name of wanted) {
          const safe = safeSheetName(name, taken);
          expect(safe.length).toBeGreaterThan(0);
          expect(safe.length).toBeLessThanOrEqual(31);
          expect(safe).not.toMatch(/[[\]:*?/\\]|^'|'$/);
          expect([...taken].map((t) => t.toLowerCase())).not.toContain(safe.toLowerCase());
          taken.add(safe);
        }
      }),
    );
  });
});
