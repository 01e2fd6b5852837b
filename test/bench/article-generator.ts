/**
 * The 350 Omaperhe-style articles of the benchmark data set, with rules like the ones
 * editors write: a few keywords, maybe a service class, usually the families target
 * group, sometimes a life event; now and then exclusions, pins, blocks or an empty rule.
 */
import { chance, distinct, intBetween, pickOne, WeightedSampler, type Random } from './prng';
import { articleClasses, articleTermSampler, vocabulary } from './vocabulary';
import type { ArticleFileEntry } from '../../shared/schemas/articles-file';

/** One article as written to the articles file (surfacing.md "Articles file"). */
export type BenchArticle = ArticleFileEntry;

const topics = ['vauva', 'raskaus', 'leikki-ikainen', 'koululainen', 'nuori', 'vanhemmuus', 'parisuhde', 'ero', 'talous', 'mielenterveys'];
const keywordCount = new WeightedSampler([1, 2, 3, 4], [35, 35, 20, 10]);
const classCount = new WeightedSampler([0, 1, 2], [40, 45, 15]);
const targetGroups = new WeightedSampler<string[]>([['KR1.2'], ['KR1.3'], ['KR1'], ['KR1.2', 'KR1.3'], []], [65, 10, 5, 5, 15]);

/** Every 50th article (from the 8th on) has an empty rule; one of them keeps pins only. */
function isEmptyRule(index: number): boolean {
  return index % 50 === 7;
}

/**
 * Generates `count` articles. `serviceId(i)` names service number i of the data set, so
 * pins and blocks point at real catalogue services.
 */
export function generateArticles(random: Random, count: number, serviceCount: number, serviceId: (index: number) => string): BenchArticle[] {
  const someServices = (n: number): string[] => distinct(n, () => serviceId(intBetween(random, 0, serviceCount - 1)));
  return Array.from({ length: count }, (_, i) => {
    const topic = pickOne(random, topics);
    const number = String(i + 1).padStart(3, '0');
    const article: BenchArticle = {
      id: `${topic}-${number}`,
      title: { fi: `Artikkeli ${number}: ${topic}`, sv: `Artikel ${number}: ${topic}` },
      topic,
      url: `https://example.invalid/omaperhe/${topic}-${number}`,
      rule: { keywords: [], serviceClasses: [], targetGroups: [], lifeEvents: [], excludeKeywords: [], pinned: [], blocked: [] },
    };
    const rule = article.rule;
    if (isEmptyRule(i)) {
      if (i === 57) rule.pinned = someServices(3);
      return article;
    }
    rule.keywords = distinct(keywordCount.sample(random), () => articleTermSampler.sample(random).uri);
    rule.serviceClasses = distinct(classCount.sample(random), () => pickOne(random, articleClasses));
    rule.targetGroups = [...targetGroups.sample(random)];
    if (chance(random, 0.12)) rule.lifeEvents = ['KE1'];
    else if (chance(random, 0.04)) rule.lifeEvents = ['KE7'];
    if (chance(random, 0.06)) rule.excludeKeywords = [pickOne(random, vocabulary.slice(0, 60)).uri].filter((k) => !rule.keywords.includes(k));
    if (chance(random, 0.05)) rule.pinned = someServices(intBetween(random, 1, 3));
    if (chance(random, 0.05)) rule.blocked = someServices(intBetween(random, 1, 2));
    return article;
  });
}
