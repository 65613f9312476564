import type { TBriefingBlock } from './briefing-blocks';
import type { TGlossaryTerm } from './glossary-schema';
import type { TMisconception } from './misconception-schema';
import type { TModuleMeta } from './module-schema';
import type { TQuestion } from './question-schema';
import type { TSource } from './source-schema';
import type { TTopic } from './topic-schema';

export type TBriefing = {
  markdown: string;
  blocks: TBriefingBlock[];
  wordCount: number;
};

export type TModule = TModuleMeta & {
  /** Short hash of the module's files; attempts record it so later edits never corrupt past results. */
  version: string;
  briefing: TBriefing;
  questions: TQuestion[];
};

/** Validated content. Records are keyed by id. */
export type TContent = {
  topics: TTopic[];
  sources: Record<string, TSource>;
  glossary: Record<string, TGlossaryTerm>;
  misconceptions: Record<string, TMisconception>;
  /** Sorted by `order`. */
  modules: TModule[];
};
