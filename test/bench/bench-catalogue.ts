/**
 * Everything the surfacing benchmarks work on, loaded the way the app loads it: the
 * imported snapshot's services (toFacts) and hashes and the regions from the database,
 * the articles from articles.json through normalizeRule. Also the approved decisions,
 * made from a first (untimed) engine pass.
 */
import { readFileSync } from 'node:fs';
import { createDb } from '../../db/client';
import { latestSnapshotId, loadSnapshotServices, snapshotHashes } from '../../db/queries/catalogue';
import { loadRegions } from '../../db/queries/regions';
import { normalizeRule } from '../../shared/domain/article-rule';
import { toFacts } from '../../shared/domain/catalogue-service';
import { SurfacingWorkspace } from '../../shared/domain/surfacing-workspace';
import type { ArticleRule, Region, ServiceFacts } from '../../shared/domain/types';
import { mergeDecisions, regionDecisions, type Decisions } from './approved-decisions';
import type { BenchArticle } from './article-generator';
import { mulberry32 } from './prng';

export interface BenchCatalogue {
  facts: ServiceFacts[];
  regions: Region[];
  articles: { id: string; rule: ArticleRule }[];
  hashes: Map<string, string>;
  currentHash(serviceId: string): string | null;
  /** Per region code: that region's curators' decisions. */
  decisionsByRegion: Map<string, Decisions>;
  /** Every region's decisions together (a shared national deployment). */
  nationalDecisions: Decisions;
  /** Surfacing pairs per region code (from the untimed first pass). */
  pairsByRegion: Map<string, number>;
}

export function loadBenchCatalogue(dbPath: string, articlesFile: string, seed: number): BenchCatalogue {
  const handle = createDb(dbPath);
  let facts: ServiceFacts[];
  let hashes: Map<string, string>;
  let regions: Region[];
  try {
    const snapshotId = latestSnapshotId(handle);
    if (snapshotId === null) throw new Error(`no snapshot in ${dbPath}`);
    facts = loadSnapshotServices(handle, snapshotId).map(({ service }) => toFacts(service));
    hashes = snapshotHashes(handle, snapshotId);
    regions = loadRegions(handle.db);
  } finally {
    handle.close();
  }
  const file = JSON.parse(readFileSync(articlesFile, 'utf8')) as { articles: BenchArticle[] };
  const articles = file.articles.map((a) => ({ id: a.id, rule: normalizeRule(a.rule) }));
  const currentHash = (serviceId: string): string | null => hashes.get(serviceId) ?? null;

  const workspace = new SurfacingWorkspace(facts, regions, articles);
  const random = mulberry32(seed ^ 0xdec1);
  const catalogueIds = facts.map((f) => f.id);
  const articleIds = articles.map((a) => a.id);
  const decisionsByRegion = new Map<string, Decisions>();
  const pairsByRegion = new Map<string, number>();
  for (const region of regions) {
    let pairs = 0;
    for (const id of articleIds) pairs += workspace.surfacing(region.code, id).size;
    pairsByRegion.set(region.code, pairs);
    decisionsByRegion.set(
      region.code,
      regionDecisions(random, { articleIds, surfacing: (id) => workspace.surfacing(region.code, id).keys(), catalogueIds, currentHash }),
    );
  }
  const nationalDecisions = mergeDecisions([...decisionsByRegion.values()]);
  return { facts, regions, articles, hashes, currentHash, decisionsByRegion, nationalDecisions, pairsByRegion };
}

/** The region with the most surfacing pairs: the heaviest one-region case. */
export function heaviestRegion(catalogue: BenchCatalogue): Region {
  let best = catalogue.regions[0] as Region;
  for (const region of catalogue.regions) {
    if ((catalogue.pairsByRegion.get(region.code) ?? 0) > (catalogue.pairsByRegion.get(best.code) ?? 0)) best = region;
  }
  return best;
}
