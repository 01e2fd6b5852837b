import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../client/src/locales/en.json';
import fi from '../../client/src/locales/fi.json';
import sv from '../../client/src/locales/sv.json';

type Tree = { [key: string]: string | Tree };

/** The core file plus every feature file of a language, merged as the client's i18n.ts does. */
function language(core: object, lang: 'fi' | 'sv' | 'en'): Tree {
  const folder = 'client/src/locales/features';
  const features = readdirSync(folder).filter((name) => name.endsWith(`.${lang}.json`)).sort();
  return Object.assign({}, core, ...features.map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as Tree)) as Tree;
}
const [fiTree, svTree, enTree] = [language(fi, 'fi'), language(sv, 'sv'), language(en, 'en')];

/** Every leaf key as a dotted path, with i18next's plural suffixes folded into the base key. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key.replace(/_(one|other)$/, '')}`] : keys(value, `${prefix}${key}.`)))
    .filter((key, i, all) => all.indexOf(key) === i)
    .sort();
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('UI translations', () => {
  it('Swedish and English have exactly the Finnish keys', () => {
    expect(keys(svTree)).toEqual(keys(fiTree));
    expect(keys(enTree)).toEqual(keys(fiTree));
  });

  it('every key the client asks for by name exists', () => {
    const known = new Set(keys(fiTree));
    const used = sourceFiles('client/src').flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });

  it('every diff category, status, missing reason and area kind has a label', () => {
    const known = new Set(keys(fiTree));
    const needed = [
      ...['ok', 'unreviewed', 'unwanted', 'missing', 'cleared'].flatMap((c) => [`category.${c}`, `categoryHelp.${c}`]),
      ...['not_started', 'in_review', 'waiting_approval', 'sent_back', 'approved', 'drifted'].map((s) => `status.${s}`),
      ...['not_in_catalogue', 'not_published', 'outside_region', 'blocked', 'excluded_keyword', 'criteria_not_met', 'not_observed'].map((r) => `missingReason.${r}`),
      ...['keywords', 'serviceClasses', 'targetGroups', 'lifeEvents', 'area'].map((k) => `reasonKind.${k}`),
      ...['regional', 'national', 'none'].map((k) => `scope.${k}`),
    ];
    expect(needed.filter((key) => !known.has(key))).toEqual([]);
  });
});
