import { describe, expect, it } from 'vitest';
import { ONE_TIME_PASSWORD_SPACE, newOneTimePassword } from '@/lib/dal/roster-credentials';
import { ZPassword } from '@/lib/accounts/schemas';

describe('one-time passwords', () => {
  it('come from a space of at least 2^40 (issue 9, row 9)', () => {
    expect(Math.log2(ONE_TIME_PASSWORD_SPACE)).toBeGreaterThanOrEqual(40);
  });
  it('are words and digit groups a child can type, and valid passwords', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = newOneTimePassword();
      expect(password).toMatch(/^[a-z]+-\d{4}-[a-z]+-\d{4}-[a-z]+$/);
      expect(ZPassword.safeParse(password).success).toBe(true);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
  });
});
