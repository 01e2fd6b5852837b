import type { Page } from 'playwright-core';

export interface ApiAnswer {
  status: number;
  body: { result?: { data?: unknown }; error?: { message?: string; data?: { code?: string } } };
}

/**
 * Calls a tRPC mutation from inside the page, with the page's own cookie and origin: what
 * a person could do from the browser's console, whatever the UI shows them.
 */
export function pageMutation(page: Page, procedure: string, input: unknown): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ procedure, json }) => {
      const response = await fetch(`/trpc/${procedure}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
      return { status: response.status, body: (await response.json()) as ApiAnswer['body'] };
    },
    { procedure, json: JSON.stringify(input) },
  );
}
