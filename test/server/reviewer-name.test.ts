import { describe, expect, it } from 'vitest';
import { reviewerName, unknownReviewer } from '../../server/http/reviewer-name';

describe('X-Reviewer header', () => {
  it.each([
    ['plain', encodeURIComponent('Päivi Virtanen'), 'Päivi Virtanen'],
    ['missing', undefined, unknownReviewer],
    ['broken escape', '%E0%A4%A', unknownReviewer],
    ['CR/LF for log splitting', encodeURIComponent('Eve\r\nlevel=60 msg=forged'), 'Evelevel=60 msg=forged'],
    ['C1 and bidi override', encodeURIComponent('Ad\u0085min\u202Egnp.exe'), 'Admingnp.exe'],
    ['zero-width and line separator', encodeURIComponent('An\u200Bna\u2028'), 'Anna'],
    ['only controls', encodeURIComponent('\u0000\u200B'), unknownReviewer],
  ])('%s', (_case, header, expected) => {
    expect(reviewerName(header)).toBe(expected);
  });

  it('keeps at most 80 characters and never half an emoji', () => {
    const name = reviewerName(encodeURIComponent('👩‍⚕️'.repeat(40)));
    expect([...name].length).toBeLessThanOrEqual(80);
    expect(name).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});
