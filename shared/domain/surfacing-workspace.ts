import { CatalogueIndex } from './catalogue-index';
import { compileRule, type CompiledRule } from './compiled-rule';
import { DomainError } from './domain-error';
import { evaluatePair } from './evaluate-pair';
import { RegionView } from './region-view';
import { surfaceArticle, surfacePair } from './surface-article';
import type { Absence, ArticleRule, Region, ServiceFacts, SurfacingReasons } from './types';

type Surfacing = Map<string, SurfacingReasons>;

/**
 * Holds a catalogue, regions and article rules, and keeps surfacing up to date
 * incrementally: a rule change recomputes one article, a service change re-evaluates
 * that one service against every cached article. Results are computed on first use.
 */
export class SurfacingWorkspace {
  private readonly index: CatalogueIndex;
  private readonly regions = new Map<string, Region>();
  private readonly views = new Map<string, RegionView>();
  private readonly rules = new Map<string, CompiledRule>();
  private readonly cache = new Map<string, Map<string, Surfacing>>();

  constructor(services: Iterable<ServiceFacts>, regions: Iterable<Region>, articles: Iterable<{ id: string; rule: ArticleRule }>) {
    this.index = new CatalogueIndex(services);
    for (const region of regions) this.regions.set(region.code, region);
    for (const article of articles) this.rules.set(article.id, compileRule(article.rule));
  }

  articleIds(): string[] {
    return [...this.rules.keys()];
  }

  regionCodes(): string[] {
    return [...this.regions.keys()];
  }

  service(id: string): ServiceFacts | undefined {
    return this.index.byId(id)?.facts;
  }

  rule(articleId: string): ArticleRule | undefined {
    return this.rules.get(articleId)?.rule;
  }

  /** Services surfacing in one article for one region, with reasons. */
  surfacing(regionCode: string, articleId: string): ReadonlyMap<string, SurfacingReasons> {
    const perArticle = this.regionCache(regionCode);
    let result = perArticle.get(articleId);
    if (!result) {
      result = surfaceArticle(this.view(regionCode), this.compiled(articleId), this.index);
      perArticle.set(articleId, result);
    }
    return result;
  }

  /** Why a service does not surface in an article for a region (first reason that applies). */
  explainAbsence(regionCode: string, articleId: string, serviceId: string): Absence {
    const view = this.view(regionCode);
    const outcome = evaluatePair(this.service(serviceId), this.compiled(articleId), view.region, view.municipalities);
    return outcome.surfaces ? { reason: 'criteria_not_met', detail: [] } : outcome.absence;
  }

  /** Replaces an article's rule and recomputes only that article. */
  setRule(articleId: string, rule: ArticleRule): void {
    this.rules.set(articleId, compileRule(rule));
    for (const perArticle of this.cache.values()) perArticle.delete(articleId);
  }

  removeArticle(articleId: string): void {
    this.rules.delete(articleId);
    for (const perArticle of this.cache.values()) perArticle.delete(articleId);
  }

  /** Adds or replaces one service and re-evaluates it against every cached article. */
  upsertService(facts: ServiceFacts): void {
    const { entry, previous } = this.index.upsert(facts);
    for (const [code, view] of this.views) {
      view.serviceChanged(entry, previous);
      for (const [articleId, surfacing] of this.regionCache(code)) {
        const reasons = surfacePair(view, this.compiled(articleId), entry);
        if (reasons) surfacing.set(facts.id, reasons);
        else surfacing.delete(facts.id);
      }
    }
  }

  removeService(id: string): void {
    const previous = this.index.remove(id);
    if (!previous) return;
    for (const [code, view] of this.views) {
      view.serviceChanged(undefined, previous);
      for (const surfacing of this.regionCache(code).values()) surfacing.delete(id);
    }
  }

  private compiled(articleId: string): CompiledRule {
    const rule = this.rules.get(articleId);
    if (!rule) throw new DomainError('NOT_FOUND', `unknown article "${articleId}"`);
    return rule;
  }

  private view(regionCode: string): RegionView {
    let view = this.views.get(regionCode);
    if (!view) {
      const region = this.regions.get(regionCode);
      if (!region) throw new DomainError('NOT_FOUND', `unknown region "${regionCode}"`);
      view = new RegionView(region, this.index);
      this.views.set(regionCode, view);
    }
    return view;
  }

  private regionCache(regionCode: string): Map<string, Surfacing> {
    let perArticle = this.cache.get(regionCode);
    if (!perArticle) {
      this.view(regionCode);
      perArticle = new Map();
      this.cache.set(regionCode, perArticle);
    }
    return perArticle;
  }
}
