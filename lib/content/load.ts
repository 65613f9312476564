import path from 'node:path';
import { ContentError } from './problems';
import type { TQuestion } from './question-schema';
import { contentTreeSignature, readContentTree } from './read-tree';
import type { TContent, TModule } from './types';
import { validateContent } from './validate';
import { processCache } from '@/lib/process-cache';

export type TLocatedQuestion = { question: TQuestion; moduleId: string; moduleVersion: string };

type TLoaded = {
  signature: string;
  content: TContent;
  moduleById: Map<string, TModule>;
  questionById: Map<string, TLocatedQuestion>;
};

const cache = processCache<TLoaded>('modules');

/**
 * Production content never changes while the server runs, so it is validated once per process. In
 * development an author's edit should show up on the next request, so a cheap signature of file
 * sizes and times decides whether to re-validate.
 */
function signatureOf(root: string): string {
  return process.env.NODE_ENV === 'production' ? 'fixed' : contentTreeSignature(root);
}

function loadIndexed(dir: string): TLoaded {
  const root = path.resolve(dir);
  const signature = signatureOf(root);
  const cached = cache.get(root);
  if (cached && cached.signature === signature) return cached;

  const { content, problems } = validateContent(readContentTree(root));
  if (problems.length > 0) throw new ContentError(problems);
  const moduleById = new Map(content.modules.map((m) => [m.id, m]));
  const questionById = new Map(
    content.modules.flatMap((m) =>
      m.questions.map(
        (question) => [question.id, { question, moduleId: m.id, moduleVersion: m.version }] as const,
      ),
    ),
  );
  const loaded = { signature, content, moduleById, questionById };
  cache.set(root, loaded);
  return loaded;
}

/** All validated content; throws a ContentError naming every problem (file: item: message) otherwise. */
export function loadContent(dir = 'content'): TContent {
  return loadIndexed(dir).content;
}

export function getModule(slug: string, dir = 'content'): TModule | undefined {
  return loadIndexed(dir).moduleById.get(slug);
}

/** A question with the module and module version it belongs to (attempts record the version). */
export function getQuestion(id: string, dir = 'content'): TLocatedQuestion | undefined {
  return loadIndexed(dir).questionById.get(id);
}
