import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, describeViolations } from './browser';

/** Fails with a readable list if axe-core finds WCAG 2.1 A/AA violations on the page as it is now. */
export async function expectNoViolations(page: Page): Promise<void> {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}
