import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { parseBriefing } from './briefing';
import type { TParsedBriefing } from './briefing-blocks';
import { ZGlossaryTerm, type TGlossaryTerm } from './glossary-schema';
import { ZMisconception, type TMisconception } from './misconception-schema';
import { ZModuleMeta, ZQuizFile, type TModuleMeta } from './module-schema';
import { problemsFromZod, type TContentProblem } from './problems';
import { ZQuestion, type TQuestion } from './question-schema';
import type { TContentFile, TContentTree, TModuleFiles } from './read-tree';
import { ZSource, type TSource } from './source-schema';
import { ZTopicsFile, type TTopic } from './topic-schema';

/**
 * Stage one of validation: each file on its own (YAML syntax and schema). Problems are collected, never
 * thrown, and whatever parsed is kept so the cross-reference stage can still report everything else.
 */

export type TParsedEntity<T> = { file: string; value: T };

export type TParsedQuestion = { file: string; value: TQuestion };

export type TParsedModule = {
  files: TModuleFiles;
  meta?: TModuleMeta;
  briefing?: TParsedBriefing;
  questions: TParsedQuestion[];
  /** Questions written, valid or not: an invalid question is reported once, not again as a shortfall. */
  writtenQuestionCount: number;
};

export type TParsedTree = {
  topics: TTopic[];
  sources: TParsedEntity<TSource>[];
  glossary: TParsedEntity<TGlossaryTerm>[];
  misconceptions: TParsedEntity<TMisconception>[];
  modules: TParsedModule[];
  /** Ids of entity files that failed to parse; references to them are not reported a second time. */
  brokenIds: TBrokenIds;
};

export type TBrokenIds = { sources: Set<string>; glossary: Set<string>; misconceptions: Set<string> };

function readYaml(file: TContentFile, problems: TContentProblem[]): unknown {
  try {
    return parseYaml(file.text);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    problems.push({ file: file.path, item: '-', message: `YAML syntax: ${message}` });
    return undefined;
  }
}

function idOf(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

function fileStem(file: TContentFile): string {
  return (file.path.split('/').at(-1) ?? '').replace(/\.yaml$/, '');
}

function parseEntities<T extends { id: string }>(
  files: TContentFile[],
  schema: z.ZodType<T>,
  brokenIds: Set<string>,
  problems: TContentProblem[],
): TParsedEntity<T>[] {
  const parsed: TParsedEntity<T>[] = [];
  for (const file of files) {
    const stem = fileStem(file);
    const raw = readYaml(file, problems);
    const result = schema.safeParse(raw);
    if (!result.success) {
      if (raw !== undefined) problems.push(...problemsFromZod(file.path, idOf(raw) ?? stem, result.error));
      brokenIds.add(stem);
      continue;
    }
    if (result.data.id !== stem)
      problems.push({
        file: file.path,
        item: result.data.id,
        message: `file must be named ${result.data.id}.yaml`,
      });
    parsed.push({ file: file.path, value: result.data });
  }
  return parsed;
}

function parseTopics(file: TContentFile | undefined, root: string, problems: TContentProblem[]): TTopic[] {
  if (!file) {
    problems.push({ file: `${root}/topics.yaml`, item: '-', message: 'missing topics file' });
    return [];
  }
  const raw = readYaml(file, problems);
  if (raw === undefined) return [];
  const result = ZTopicsFile.safeParse(raw);
  if (result.success) return result.data.topics;
  problems.push(...problemsFromZod(file.path, 'topics', result.error));
  return [];
}

function parseQuestions(
  file: TContentFile,
  problems: TContentProblem[],
): { questions: TParsedQuestion[]; written: number } {
  const raw = readYaml(file, problems);
  if (raw === undefined) return { questions: [], written: 0 };
  const quiz = ZQuizFile.safeParse(raw);
  if (!quiz.success) {
    problems.push(...problemsFromZod(file.path, '-', quiz.error));
    return { questions: [], written: 0 };
  }
  const questions = quiz.data.questions.flatMap((rawQuestion, index) => {
    const result = ZQuestion.safeParse(rawQuestion);
    if (result.success) return [{ file: file.path, value: result.data }];
    problems.push(...problemsFromZod(file.path, idOf(rawQuestion) ?? `questions[${index}]`, result.error));
    return [];
  });
  return { questions, written: quiz.data.questions.length };
}

function parseModule(files: TModuleFiles, problems: TContentProblem[]): TParsedModule {
  const missing = (name: string) =>
    problems.push({ file: `${files.dir}/${name}`, item: files.slug, message: 'missing module file' });
  let meta: TModuleMeta | undefined;
  if (!files.module) missing('module.yaml');
  else {
    const raw = readYaml(files.module, problems);
    const result = ZModuleMeta.safeParse(raw);
    if (result.success) meta = result.data;
    else if (raw !== undefined)
      problems.push(...problemsFromZod(files.module.path, files.slug, result.error));
  }
  let briefing: TParsedBriefing | undefined;
  if (!files.briefing) missing('briefing.md');
  else {
    briefing = parseBriefing(files.briefing.text);
    const path = files.briefing.path;
    problems.push(
      ...briefing.issues.map((issue) => ({ file: path, item: `line ${issue.line}`, message: issue.message })),
    );
  }
  if (!files.quiz) missing('quiz.yaml');
  const quiz = files.quiz ? parseQuestions(files.quiz, problems) : { questions: [], written: 0 };
  return { files, meta, briefing, questions: quiz.questions, writtenQuestionCount: quiz.written };
}

export function parseContentFiles(tree: TContentTree, problems: TContentProblem[]): TParsedTree {
  const brokenIds: TBrokenIds = { sources: new Set(), glossary: new Set(), misconceptions: new Set() };
  for (const stray of tree.strayFiles)
    problems.push({
      file: stray,
      item: '-',
      message: 'not a .yaml file, so it is ignored; rename or remove it',
    });
  return {
    topics: parseTopics(tree.topics, tree.root, problems),
    sources: parseEntities(tree.sources, ZSource, brokenIds.sources, problems),
    glossary: parseEntities(tree.glossary, ZGlossaryTerm, brokenIds.glossary, problems),
    misconceptions: parseEntities(tree.misconceptions, ZMisconception, brokenIds.misconceptions, problems),
    modules: tree.modules.map((files) => parseModule(files, problems)),
    brokenIds,
  };
}
