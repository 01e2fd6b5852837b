/**
 * The national benchmark data set (quality-bar.md "Scale we design for"): 60,000 PTV v11
 * services and 350 articles, generated deterministically from a seed. Services are
 * written as PTV paging-envelope files of 100 items; articles as an articles.json in the
 * surfacing.md format. Written under os.tmpdir(), never into the repository.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles, type BenchArticle } from './article-generator';
import { indexedGuid, mulberry32 } from './prng';
import { generateService, OrganizationPool } from './ptv-service-generator';

export interface NationalDataOptions {
  seed?: number;
  services?: number;
  articles?: number;
  pageSize?: number;
  /** Where to write; a fresh folder under os.tmpdir() when absent. */
  folder?: string;
}

export interface NationalDataSet {
  seed: number;
  folder: string;
  /** The folder of PTV page files (only those: hand it to FileSource). */
  servicesFolder: string;
  articlesFile: string;
  serviceCount: number;
  pageCount: number;
  bytes: number;
  articles: BenchArticle[];
}

export const defaultSeed = 20261101;
export const nationalScale = { services: 60_000, articles: 350, pageSize: 100 } as const;

/** The id of service number `index` of the data set for `seed`. */
export function nationalServiceId(seed: number, index: number): string {
  return indexedGuid((seed ^ 0x5eed) >>> 0, index);
}

/** The services of the data set, one PTV Service object at a time (nothing held). */
export function* generateNationalServices(seed: number, count: number): Generator<Record<string, unknown>> {
  const random = mulberry32(seed);
  const orgs = new OrganizationPool((seed ^ 0x0a9) >>> 0);
  for (let i = 0; i < count; i += 1) yield generateService(random, i, nationalServiceId(seed, i), orgs);
}

/** The articles of the data set; pins and blocks name services of the same seed. */
export function generateNationalArticles(seed: number, count: number, serviceCount: number): BenchArticle[] {
  return generateArticles(mulberry32((seed + 1) >>> 0), count, serviceCount, (i) => nationalServiceId(seed, i));
}

/** Writes the data set: `<folder>/ptv/services-NNNN.json` pages and `<folder>/articles.json`. */
export function writeNationalData(options: NationalDataOptions = {}): NationalDataSet {
  const seed = options.seed ?? defaultSeed;
  const serviceCount = options.services ?? nationalScale.services;
  const pageSize = options.pageSize ?? nationalScale.pageSize;
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'linkkipaja-bench-'));
  const servicesFolder = join(folder, 'ptv');
  mkdirSync(servicesFolder, { recursive: true });
  const pageCount = Math.ceil(serviceCount / pageSize);
  let bytes = 0;
  let page: Record<string, unknown>[] = [];
  let pageNumber = 1;
  const flush = (): void => {
    const text = JSON.stringify({ pageNumber, pageSize, pageCount, itemList: page });
    writeFileSync(join(servicesFolder, `services-${String(pageNumber).padStart(4, '0')}.json`), text);
    bytes += Buffer.byteLength(text);
    page = [];
    pageNumber += 1;
  };
  for (const service of generateNationalServices(seed, serviceCount)) {
    page.push(service);
    if (page.length === pageSize) flush();
  }
  if (page.length > 0) flush();
  const articles = generateNationalArticles(seed, options.articles ?? nationalScale.articles, serviceCount);
  const articlesFile = join(folder, 'articles.json');
  writeFileSync(articlesFile, JSON.stringify({ articles }, null, 2));
  return { seed, folder, servicesFolder, articlesFile, serviceCount, pageCount, bytes, articles };
}
