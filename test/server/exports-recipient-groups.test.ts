/**
 * groupByRecipient: a letter goes to the recipient as its requests name it now (the newest
 * e-mail wins, one request's edited address reaches the whole letter), and organisations
 * whose id is not known get a letter each, addressed by their own name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { listChangeRequests } from '../../db/queries/change-requests';
import { buildRequestViews } from '../../server/engine/change-request-view';
import { groupByRecipient } from '../../server/export/recipient-groups';
import type { Recipient } from '../../shared/domain/change-request';
import type { ChangeRequestView } from '../../shared/schemas/change-requests-api';
import { insertFixtureRequests } from './exports-fixture';
import { ORG_TOWN, REGION, reviewFixture } from './review-fixture';

let template: ChangeRequestView;
beforeAll(async () => {
  const f = await reviewFixture();
  try {
    insertFixtureRequests(f.context.handle);
    template = buildRequestViews(f.context.handle, f.context.catalogue, listChangeRequests(f.context.handle, { regionCode: REGION }))[0]!;
  } finally {
    f.cleanup();
  }
});

/** A request to `recipient`, last changed at `updatedAt`. */
function view(code: string, recipient: Recipient, updatedAt: string): ChangeRequestView {
  return { ...template, code, recipient, updatedAt };
}

const town = (email: string | null): Recipient => ({ kind: 'organization', organizationId: ORG_TOWN, name: 'Esimerkkikunta', email });
const ownerUnknown = (name: string): Recipient => ({ kind: 'organization', organizationId: null, name, email: null });

describe('groupByRecipient', () => {
  it('addresses the letter with the newest e-mail of its requests', () => {
    const older = view('LP-2026-0001', town('kirjaamo@esimerkkikunta.fi'), '2026-11-01T08:00:00.000Z');
    const edited = view('LP-2026-0002', town('palvelutiedot@esimerkkikunta.fi'), '2026-11-15T08:00:00.000Z');
    expect(groupByRecipient([older, edited]).map((g) => [g.recipient.email, g.requests.map((r) => r.code)])).toEqual([
      ['palvelutiedot@esimerkkikunta.fi', ['LP-2026-0001', 'LP-2026-0002']],
    ]);
    // A newer request without an address does not lose the one an older request has.
    const noAddress = view('LP-2026-0003', town(null), '2026-11-20T08:00:00.000Z');
    expect(groupByRecipient([noAddress, older])[0]!.recipient).toEqual(town('kirjaamo@esimerkkikunta.fi'));
  });

  it('gives every owner-unknown organisation its own letter under its own name', () => {
    const groups = groupByRecipient([
      view('LP-2026-0001', ownerUnknown('Perhekahvila Pikkuiset'), '2026-11-01T08:00:00.000Z'),
      view('LP-2026-0002', ownerUnknown('Apilan perhetalo'), '2026-11-01T08:00:00.000Z'),
      view('LP-2026-0003', ownerUnknown('Perhekahvila Pikkuiset'), '2026-11-01T08:00:00.000Z'),
    ]);
    expect(groups.map((g) => [g.recipient.name, g.requests.map((r) => r.code)])).toEqual([
      ['Apilan perhetalo', ['LP-2026-0002']],
      ['Perhekahvila Pikkuiset', ['LP-2026-0001', 'LP-2026-0003']],
    ]);
  });
});
