import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '@/lib/content/question-schema';
import { GRADING_GENERAL_RULES, GRADING_RULES, gradingRulesMarkdown } from '@/lib/quiz/grading-rules';

const doc = readFileSync(path.resolve(__dirname, '../../../lib/quiz/GRADING.md'), 'utf8');

describe('grading rules text', () => {
  it('has a rule for every question type', () => {
    expect(Object.keys(GRADING_RULES).sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it('GRADING.md quotes every exported rule verbatim', () => {
    for (const line of [...Object.values(GRADING_RULES), ...GRADING_GENERAL_RULES]) {
      expect(doc).toContain(`- ${line}\n`);
    }
  });

  it('renders the rules as a markdown list, one bullet per rule', () => {
    const md = gradingRulesMarkdown();
    expect(md.split('\n')).toHaveLength(QUESTION_TYPES.length + GRADING_GENERAL_RULES.length);
    expect(md.split('\n').every((line) => line.startsWith('- '))).toBe(true);
  });
});
