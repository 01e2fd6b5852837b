import { CatalogueIndex } from './catalogue-index';
import { CombinedSurfacing } from './combined-surfacing';
import { compileRule, type CompiledRule } from './compiled-rule';
import { DomainError } from './domain-error';
import { evaluatePair } from './evaluate-pair';
import { RegionView } from './region-view';
import { surfaceArticle, surfacePair } from './surface-article';
import type { Absence, ArticleRule, Region, ServiceFacts, SurfacingReasons } from './types';

type Surfacing = Map<string, SurfacingReasons>;

/** The national part of surfacing is the same for every mainland region; Åland has its own. */
const mainland: Region = { code: 'national:mainland', name: { fi: '', sv: '' }, municipalities: [] };
const aland: Region = { ...mainland, code: 'national:aland', alandIslands: true };

/**
 * Holds a catalogue, regions and article rules, and keeps surfacing up to date
 * incrementally: a rule change recomputes one article, a service change re-evaluates
 * that one service against every cached article. Results are computed on first use,
 * national services once for all mainland regions.
 */
export class SurfacingWorkspace {
  private readonly index: CatalogueIndex;
  private readonly regions = new Map<string, Region>();
  private readonly municipalities = new Map<string, ReadonlySet<string>>();
  /** Views by key: a region code (its LimitedType services) or a national key. */
  private readonly views = new Map<string, RegionView>();
  private readonly rules = new Map<string, CompiledRule>();
  private readonly cache = new Map<string, Map<string, Surfacing>>();

  constructor(services: Iterable<ServiceFacts>, regions: Iterable<Region>, articles: Iterable<{ id: string; rule: ArticleRule }>) {
    this.index = new CatalogueIndex(services);
    for (const region of regions) {
      this.regions.set(region.code, region);
      this.municipalities.set(region.code, new Set(region.municipalities));
    }
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
    const region = this.region(regionCode);
    const national = this.part(region.alandIslands ? aland : mainland, articleId);
    return new CombinedSurfacing(national, this.part(region, articleId));
  }

  /** Why a service does not surface in an article for a region (first reason that applies). */
  explainAbsence(regionCode: string, articleId: string, serviceId: string): Absence {
    const region = this.region(regionCode);
    const outcome = evaluatePair(this.service(serviceId), this.compiled(articleId), region, this.municipalities.get(regionCode));
    return outcome.surfaces ? { reason: 'criteria_not_met', detail: [] } : outcome.absence;
  }

  /** Replaces an article's rule; it is recomputed on next use. */
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
    for (const [key, view] of this.views) {
      view.serviceChanged(entry, previous);
      for (const [articleId, surfacing] of this.cache.get(key) ?? []) {
        const reasons = surfacePair(view, this.compiled(articleId), entry);
        if (reasons) surfacing.set(facts.id, reasons);
        else surfacing.delete(facts.id);
      }
    }
  }

  removeService(id: string): void {
    const previous = this.index.remove(id);
    if (!previous) return;
    for (const [key, view] of this.views) {
      view.serviceChanged(undefined, previous);
      for (const surfacing of this.cache.get(key)?.values() ?? []) surfacing.delete(id);
    }
  }

  /** One scope's surfacing of an article, computed on first use. */
  private part(scopeRegion: Region, articleId: string): Surfacing {
    const key = scopeRegion.code;
    let perArticle = this.cache.get(key);
    if (!perArticle) this.cache.set(key, (perArticle = new Map()));
    let result = perArticle.get(articleId);
    if (!result) {
      result = surfaceArticle(this.view(scopeRegion), this.compiled(articleId), this.index);
      perArticle.set(articleId, result);
    }
    return result;
  }

  private compiled(articleId: string): CompiledRule {
    const rule = this.rules.get(articleId);
    if (!rule) throw new DomainError('NOT_FOUND', `unknown article "${articleId}"`);
    return rule;
  }

  private region(code: string): Region {
    const region = this.regions.get(code);
    if (!region) throw new DomainError('NOT_FOUND', `unknown region "${code}"`);
    return region;
  }

  private view(scopeRegion: Region): RegionView {
    let view = this.views.get(scopeRegion.code);
    if (!view) {
      const scope = scopeRegion === mainland || scopeRegion === aland ? 'national' : 'regional';
      view = new RegionView(scopeRegion, this.index, scope);
      this.views.set(scopeRegion.code, view);
    }
    return view;
  }
}
