import { buildClient } from '../../../server/build-client';

/** Builds the client once before the browser tests, so they test the code as it is now. */
export default async function buildClientForTests(): Promise<void> {
  await buildClient();
}
