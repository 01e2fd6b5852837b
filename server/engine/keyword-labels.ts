import type { LocalizedText } from '../../shared/domain/catalogue-service';
import type { LoadedCatalogue } from './load-workspace';

const cache = new WeakMap<LoadedCatalogue, Map<string, LocalizedText>>();

/** Every ontology term's labels seen on any service of the loaded snapshot, by URI. */
export function keywordLabels(loaded: LoadedCatalogue): Map<string, LocalizedText> {
  let labels = cache.get(loaded);
  if (!labels) {
    labels = new Map();
    for (const { service } of loaded.services.values()) {
      for (const [uri, label] of Object.entries(service.keywordLabels)) if (!labels.has(uri)) labels.set(uri, label);
    }
    cache.set(loaded, labels);
  }
  return labels;
}
