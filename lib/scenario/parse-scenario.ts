import { parseYamlFile } from '@/lib/content/parse-yaml-file';
import type { z } from 'zod';
import { ZScenario, type TScenario } from './schema';

export type TParsedScenario = { ok: true; scenario: TScenario } | { ok: false; problems: string[] };

/**
 * Parses one scenario file's text. Problems are reported with readable locations
 * (`node "d-demarcation" choice "offer-line"` rather than `nodes.4.choices.1`).
 */
export function parseScenarioYaml(text: string, expectedSlug: string): TParsedScenario {
  const parsed = parseYamlFile(text, expectedSlug, ZScenario, describeIssue);
  return parsed.ok ? { ok: true, scenario: parsed.value } : parsed;
}

function describeIssue(raw: unknown, issue: z.core.$ZodIssue): string {
  const parts: string[] = [];
  let cursor: unknown = raw;
  for (const key of issue.path) {
    const child: unknown =
      isRecord(cursor) || Array.isArray(cursor) ? (cursor as Record<PropertyKey, unknown>)[key] : undefined;
    const id = isRecord(child) && typeof child.id === 'string' ? child.id : undefined;
    if (typeof key === 'number' && id !== undefined) {
      const container = parts.pop() ?? '';
      parts.push(`${singular(container)} "${id}"`);
    } else parts.push(String(key));
    cursor = child;
  }
  return parts.length > 0 ? `${parts.join(' ')}: ${issue.message}` : issue.message;
}

function singular(container: string): string {
  return container.endsWith('s') ? container.slice(0, -1) : container;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
