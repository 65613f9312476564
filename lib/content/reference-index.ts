import { AS_OF_LIMIT, isAfterAsOfLimit } from './as-of';
import type { TParsedTree } from './parse-files';
import type { TContentProblem } from './problems';
import { parseSourceRef, type TSource } from './source-schema';

/** Where a reference or date was written, for problem reports. */
export type TAt = { file: string; item: string };

/**
 * Resolves ids across the content and reports dangling references. Ids whose own file failed to parse
 * count as known, so one broken file is reported once rather than once per reference to it.
 */
export class ReferenceIndex {
  readonly topics: Set<string>;
  readonly sources: Map<string, TSource>;
  readonly glossary: Map<string, string>;
  readonly misconceptions: Set<string>;

  constructor(
    private readonly parsed: TParsedTree,
    private readonly problems: TContentProblem[],
  ) {
    this.topics = new Set(parsed.topics.map((t) => t.id));
    this.sources = new Map(parsed.sources.map((s) => [s.value.id, s.value]));
    this.glossary = new Map(parsed.glossary.map((g) => [g.value.id, g.value.term]));
    this.misconceptions = new Set(parsed.misconceptions.map((m) => m.value.id));
  }

  report(at: TAt, message: string): void {
    this.problems.push({ file: at.file, item: at.item, message });
  }

  /** Checks that `source#locator` names an existing source and one of its locators. */
  checkSourceRef(ref: string, at: TAt): void {
    const { sourceId, locator } = parseSourceRef(ref);
    if (this.parsed.brokenIds.sources.has(sourceId)) return;
    const source = this.sources.get(sourceId);
    if (!source) return this.report(at, `unknown source "${sourceId}" (cited as "${ref}")`);
    if (!Object.hasOwn(source.locators, locator))
      this.report(at, `source "${sourceId}" has no locator "${locator}" (cited as "${ref}")`);
  }

  checkTopic(topic: string, at: TAt): void {
    if (!this.topics.has(topic)) this.report(at, `unknown topic "${topic}"`);
  }

  /** `written` is how the reference appears to the author, e.g. `glossary link [[x]]`. */
  checkTerm(termId: string, at: TAt, written = `term "${termId}"`): void {
    if (!this.glossary.has(termId) && !this.parsed.brokenIds.glossary.has(termId))
      this.report(at, `${written} names no glossary term`);
  }

  checkMisconception(id: string, at: TAt): void {
    if (!this.misconceptions.has(id) && !this.parsed.brokenIds.misconceptions.has(id))
      this.report(at, `unknown misconception "${id}"`);
  }

  checkAsOf(date: string, laterBackground: boolean | undefined, at: TAt, field = 'as-of'): void {
    if (isAfterAsOfLimit(date) && !laterBackground)
      this.report(
        at,
        `${field} ${date} is after ${AS_OF_LIMIT}; set laterBackground: true if this is later background`,
      );
  }
}
