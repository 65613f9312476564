import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';

export type TParsedYaml<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * Parses one authored YAML file against its schema (scenarios, councils): invalid YAML, schema
 * problems (located by `describeIssue`) and a slug that differs from the file name are all reported
 * as readable problems, never thrown.
 */
export function parseYamlFile<T extends { slug: string }>(
  text: string,
  expectedSlug: string,
  schema: z.ZodType<T>,
  describeIssue: (raw: unknown, issue: z.core.$ZodIssue) => string,
): TParsedYaml<T> {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return {
      ok: false,
      problems: [`invalid YAML: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => describeIssue(raw, i)) };
  if (parsed.data.slug !== expectedSlug)
    return { ok: false, problems: [`slug "${parsed.data.slug}" must match the file name "${expectedSlug}"`] };
  return { ok: true, value: parsed.data };
}
