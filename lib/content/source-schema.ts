import { z } from 'zod';
import { ZAsOf, ZId } from './question-schema';
import { zSentences } from './prose-fields';

export const ZSourceKind = z.enum([
  'news-article',
  'treaty',
  'official-document',
  'official-statement',
  'reference',
]);

export const ZLocator = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'locators are lowercase kebab-case');

/** A citable source (`content/sources/<id>.yaml`); citations point at one of its locators. */
export const ZSource = z.strictObject({
  id: ZId,
  /** Outlet-neutral: the product cites what a document says, not who published it. */
  title: z.string().trim().min(3),
  kind: ZSourceKind,
  date: ZAsOf,
  description: z.string().trim().min(20),
  /** Locator -> our own one-sentence summary of what that part says. */
  locators: z
    .record(ZLocator, zSentences(1, 1, 'a locator summary'))
    .refine((locators) => Object.keys(locators).length > 0, 'a source needs at least one locator'),
  /** Set when the source is dated after October 2024, so the as-of rule allows it. */
  laterBackground: z.boolean().optional(),
  /** Where an editor checked the facts against a primary text or its record; for editors, never shown. */
  verifiedAt: z.array(z.url()).optional(),
});

export type TSource = z.infer<typeof ZSource>;
export type TSourceKind = z.infer<typeof ZSourceKind>;

/** Splits `article#p3` into its parts; the string must already match ZSourceRef. */
export function parseSourceRef(ref: string): { sourceId: string; locator: string } {
  const hash = ref.indexOf('#');
  return { sourceId: ref.slice(0, hash), locator: ref.slice(hash + 1) };
}
