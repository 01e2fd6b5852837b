/**
 * JsonRecordSplitter: the streaming reader behind every PTV file import. It must give
 * the same records as JSON.parse however the text is cut into chunks, and fail with a
 * one-line ImportError naming file, line and JSON path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../server/import/import-error';
import { JsonRecordSplitter, type JsonRecord } from '../../server/import/json-record-splitter';

/** Feeds `chunks` one by one, then ends the document. */
function split(chunks: readonly string[], origin = 'page.json'): JsonRecord[] {
  const splitter = new JsonRecordSplitter(origin);
  const out: JsonRecord[] = [];
  for (const chunk of chunks) out.push(...splitter.push(chunk));
  out.push(...splitter.end());
  return out;
}

function splitError(text: string, origin = 'page.json'): ImportError {
  try {
    split([text], origin);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).not.toMatch(/[\r\n]/);
    return error as ImportError;
  }
  throw new Error(`expected an ImportError for ${JSON.stringify(text)}`);
}

/** Cuts `text` at the given offsets (any order, repeats allowed). */
function cut(text: string, offsets: readonly number[]): string[] {
  const points = [...new Set(offsets.map((o) => o % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(text.slice(from, p));
    from = p;
  }
  chunks.push(text.slice(from));
  return chunks;
}

describe('document shapes', () => {
  it('a single Service object is one record at $', () => {
    expect(split(['{"id":"a","serviceNames":[]}'])).toEqual([{ value: { id: 'a', serviceNames: [] }, path: '$' }]);
  });

  it('an array yields its elements with $[n] paths', () => {
    expect(split(['[{"id":"a"}, {"id":"b"}]'])).toEqual([
      { value: { id: 'a' }, path: '$[0]' },
      { value: { id: 'b' }, path: '$[1]' },
    ]);
    expect(split(['[]'])).toEqual([]);
  });

  it('a paging envelope yields the itemList elements, wherever itemList sits among the keys', () => {
    const records = split(['{"pageNumber":1,"pageSize":100,"itemList":[{"id":"a"},{"id":"b"}],"pageCount":1}']);
    expect(records).toEqual([
      { value: { id: 'a' }, path: '$.itemList[0]' },
      { value: { id: 'b' }, path: '$.itemList[1]' },
    ]);
  });

  it('an empty page (itemList null or []) yields no records and no error', () => {
    expect(split(['{"pageNumber":1,"pageSize":100,"pageCount":0,"itemList":null}'])).toEqual([]);
    expect(split(['{"pageNumber":1,"pageSize":100,"pageCount":1,"itemList":[]}'])).toEqual([]);
  });

  it('an object keyed by service id yields its values', () => {
    expect(split(['{"s-1":{"id":"s-1","x":1},"s-2":{"id":"s-2"}}'])).toEqual([
      { value: { id: 's-1', x: 1 }, path: '$["s-1"]' },
      { value: { id: 's-2' }, path: '$["s-2"]' },
    ]);
  });

  it('a leading byte-order mark is skipped', () => {
    expect(split(['\uFEFF[{"id":"a"}]'])).toEqual([{ value: { id: 'a' }, path: '$[0]' }]);
    expect(split(['\uFEFF', '{"id":"a"}'])).toEqual([{ value: { id: 'a' }, path: '$' }]);
  });

  it('an itemList nested deeper than the top level is plain data', () => {
    expect(split(['{"id":"a","x":{"itemList":[1]}}'])).toEqual([{ value: { id: 'a', x: { itemList: [1] } }, path: '$' }]);
  });
});

describe('bad input', () => {
  it('a broken record names the file, its line and its JSON path', () => {
    const error = splitError('[\n{"id":"a"},\n{"id":"b",}\n]', 'dump/services.json');
    expect(error.message).toMatch(/^dump\/services\.json:3: /);
    expect(error.message).toContain('$[1]');
  });

  it('a broken record inside an envelope names $.itemList[n]', () => {
    const error = splitError('{"pageNumber":1,\n"itemList":[\n{"id":"a"},\n{"id": nope}]}');
    expect(error.message).toMatch(/^page\.json:4: /);
    expect(error.message).toContain('$.itemList[1]');
  });

  it('a missing separator between records is reported at its line', () => {
    const error = splitError('[\n{"id":"a"}\n{"id":"b"}]');
    expect(error.message).toMatch(/^page\.json:3: expected "," or "]" after \$\[0\]/);
  });

  it('trailing garbage after the document is an error', () => {
    expect(splitError('[{"id":"a"}]\n x').message).toMatch(/^page\.json:2: unexpected "x" after the end/);
    expect(splitError('{"id":"a"} {"id":"b"}').message).toContain('after the end of the JSON document');
  });

  it('an empty or blank file is an error, not zero records', () => {
    expect(splitError('').message).toBe('page.json:1: the file is empty; expected a JSON array or object');
    expect(splitError('\uFEFF  \n').message).toContain('the file is empty');
  });

  it('a document that is not an array or object is an error', () => {
    expect(splitError('"just text"').message).toMatch(/^page\.json:1: expected a JSON array or object/);
  });

  it('a truncated document is an error naming where it stopped', () => {
    expect(splitError('[{"id":"a"},\n{"id":"b"').message).toMatch(/^page\.json:2: unexpected end of input inside \$\[1\]/);
    expect(splitError('{"pageNumber":1,"itemList":[{"id":"a"}').message).toContain('$.itemList[0]');
  });

  it('an itemList that is neither a list nor null names $.itemList', () => {
    expect(splitError('{"pageNumber":1,"itemList":{"id":"a","x":1}}').message).toContain('$.itemList: expected a list or null');
  });

  // A short scalar in itemList at the very end of the text is held back waiting for more
  // input, so the error wrongly says the document is truncated.
  it('a short scalar itemList (e.g. 5) is also reported as "$.itemList: expected a list or null"', () => {
    expect(splitError('{"pageNumber":1,"itemList":5}').message).toContain('$.itemList: expected a list or null');
  });

  it('counts lines across the 1 MB buffer compaction', () => {
    const good = Array.from({ length: 4000 }, (_, i) => JSON.stringify({ id: `s-${i}`, pad: 'x'.repeat(400) }));
    const text = `[\n${good.join(',\n')},\n{"id": broken}\n]`;
    const splitter = new JsonRecordSplitter('big.json');
    const feed = () => {
      for (let i = 0; i < text.length; i += 65_536) splitter.push(text.slice(i, i + 65_536));
      splitter.end();
    };
    expect(text.length).toBeGreaterThan(1 << 20);
    expect(feed).toThrow(/^big\.json:4002: invalid JSON in \$\[4000\]/);
  });
});

describe('chunking', () => {
  /** A record as PTV writes it, with arbitrary extra JSON. */
  const recordArb = fc.record({
    id: fc.uuid(),
    extra: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }),
    text: fc.string({ unit: 'grapheme', maxLength: 20 }),
  });
  const documentArb = fc.oneof(
    fc.array(recordArb, { maxLength: 6 }),
    fc.record({ pageNumber: fc.nat(), pageSize: fc.nat(), pageCount: fc.nat(), itemList: fc.option(fc.array(recordArb, { maxLength: 6 })) }),
    recordArb,
  );

  /** What the splitter promises, computed from JSON.parse of the whole text. */
  function expected(text: string): JsonRecord[] {
    const doc = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    if (Array.isArray(doc)) return doc.map((value, i) => ({ value, path: `$[${i}]` }));
    const { itemList } = doc as { itemList?: unknown[] | null };
    if (itemList !== undefined) return (itemList ?? []).map((value, i) => ({ value, path: `$.itemList[${i}]` }));
    return [{ value: doc, path: '$' }];
  }

  it('any chunking of a document gives the same records as JSON.parse', () => {
    fc.assert(
      fc.property(
        documentArb,
        fc.constantFrom(undefined, 1, 2, '\t'),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 12 }),
        (doc, indent, bom, offsets) => {
          const text = `${bom ? '\uFEFF' : ''}${JSON.stringify(doc, null, indent)}\n`;
          expect(split(cut(text, offsets))).toEqual(expected(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('one character at a time gives the same records', () => {
    const text = '\uFEFF{ "pageNumber" : 1, "itemList" : [ {"id":"a","s":"x\\"y\\\\","n":[-1.5e3,true,null]} , [] , "z" , 7 ] , "pageCount": 1 }';
    expect(split([...text])).toEqual(expected(text));
  });

  it('a document over the compaction threshold, in 64 KB chunks, gives every record', () => {
    const records = Array.from({ length: 3000 }, (_, i) => ({ id: `s-${i}`, name: `Palvelu ${i} äöå`, pad: 'y'.repeat(500) }));
    const text = JSON.stringify({ pageNumber: 1, pageSize: 3000, pageCount: 1, itemList: records });
    const got = split(cut(text, Array.from({ length: Math.ceil(text.length / 65_536) }, (_, i) => i * 65_536)));
    expect(got).toEqual(records.map((value, i) => ({ value, path: `$.itemList[${i}]` })));
  });
});
