import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** A file's text plus the path problems are reported under (relative to the working directory). */
export type TContentFile = { path: string; text: string };

export type TModuleFiles = {
  slug: string;
  /** Reported path of the module folder, used when a file is missing. */
  dir: string;
  module?: TContentFile;
  briefing?: TContentFile;
  quiz?: TContentFile;
};

/** The raw content tree. Validation works on this in-memory form, so tests can build trees in code. */
export type TContentTree = {
  /** Reported path of the content root. */
  root: string;
  topics?: TContentFile;
  sources: TContentFile[];
  glossary: TContentFile[];
  misconceptions: TContentFile[];
  modules: TModuleFiles[];
  /** Files in entity folders that are not `.yaml`, and so would otherwise be silently ignored. */
  strayFiles: string[];
  /** Every `.yaml` and `.md` file under the root, for the no-copy scan. */
  textFiles: TContentFile[];
};

export const ENTITY_FOLDERS = ['sources', 'glossary', 'misconceptions'] as const;

function reportedPath(absolute: string): string {
  return path.relative(process.cwd(), absolute).split(path.sep).join('/') || '.';
}

/** Reads each file once even though the no-copy scan revisits every file. */
function fileReader(): (absolute: string) => TContentFile {
  const read = new Map<string, TContentFile>();
  return (absolute) => {
    let file = read.get(absolute);
    if (!file) {
      file = { path: reportedPath(absolute), text: readFileSync(absolute, 'utf8') };
      read.set(absolute, file);
    }
    return file;
  };
}

function listDir(absolute: string): string[] {
  return existsSync(absolute) ? readdirSync(absolute).sort() : [];
}

function walkFiles(absolute: string): string[] {
  return listDir(absolute).flatMap((name) => {
    const child = path.join(absolute, name);
    return statSync(child).isDirectory() ? walkFiles(child) : [child];
  });
}

export function readContentTree(dir: string): TContentTree {
  const root = path.resolve(dir);
  const readFile = fileReader();
  const readOptional = (absolute: string) => (existsSync(absolute) ? readFile(absolute) : undefined);
  const entity = (folder: (typeof ENTITY_FOLDERS)[number]) =>
    listDir(path.join(root, folder))
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => readFile(path.join(root, folder, name)));
  const strayFiles = ENTITY_FOLDERS.flatMap((folder) =>
    listDir(path.join(root, folder))
      // The article's no-copy digests live beside its source record (lib/content/article-fingerprints).
      .filter((name) => !name.endsWith('.yaml') && !name.endsWith('.fingerprints.json'))
      .map((name) => reportedPath(path.join(root, folder, name))),
  );
  const modulesDir = path.join(root, 'modules');
  const modules = listDir(modulesDir)
    .filter((slug) => statSync(path.join(modulesDir, slug)).isDirectory())
    .map((slug) => {
      const folder = path.join(modulesDir, slug);
      return {
        slug,
        dir: reportedPath(folder),
        module: readOptional(path.join(folder, 'module.yaml')),
        briefing: readOptional(path.join(folder, 'briefing.md')),
        quiz: readOptional(path.join(folder, 'quiz.yaml')),
      };
    });
  return {
    root: reportedPath(root),
    topics: readOptional(path.join(root, 'topics.yaml')),
    sources: entity('sources'),
    glossary: entity('glossary'),
    misconceptions: entity('misconceptions'),
    modules,
    strayFiles,
    textFiles: walkFiles(root)
      .filter((file) => file.endsWith('.yaml') || file.endsWith('.md'))
      .map(readFile),
  };
}

/**
 * Cheap change detector for development: paths, sizes and modification times of every file, so the
 * loader can re-validate after an author edits content without reading every file on each request.
 */
export function contentTreeSignature(dir: string): string {
  return walkFiles(path.resolve(dir))
    .map((file) => {
      const stat = statSync(file);
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('\n');
}
