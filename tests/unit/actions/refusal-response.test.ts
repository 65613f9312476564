import { describe, expect, it } from 'vitest';
import { outcomeResponse, refusalResponse, refusalStatus } from '@/lib/http/refusal-response';
import { REFUSAL_KINDS, accept, isRefusal, refuse } from '@/lib/outcome/refusal';

describe('the one refusal → HTTP status mapping', () => {
  it.each([
    ['invalid', 400],
    ['forbidden', 403],
    ['not-found', 404],
    ['stale', 409],
    ['closed', 409],
    ['conflict', 409],
    ['limit-reached', 429],
  ] as const)('answers %s with %i', (kind, status) => {
    expect(refusalStatus(kind)).toBe(status);
  });

  it('has a status for every kind, and never a 5xx', () => {
    for (const kind of REFUSAL_KINDS) expect(refusalStatus(kind)).toBeLessThan(500);
  });

  it('sends the reason as { error } with the status, never cached', async () => {
    const response = refusalResponse(refuse('stale', 'Reload the page.'), { reason: 'stale' });
    expect(response.status).toBe(409);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: 'Reload the page.', reason: 'stale' });
  });

  it('sends an accepted outcome’s value with the success status asked for', async () => {
    const created = outcomeResponse(accept({ id: 'r1' }), 201);
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ id: 'r1' });
    expect(outcomeResponse(refuse('limit-reached', 'Later.'), 201).status).toBe(429);
  });

  it('tells a refusal from an action’s own error state', () => {
    expect(isRefusal(refuse('closed', 'Ended.'))).toBe(true);
    expect(isRefusal({ ok: false, errors: { identifier: 'Taken.' } })).toBe(false);
    expect(isRefusal({ status: 'error', message: 'Type a name.' })).toBe(false);
    expect(isRefusal(null)).toBe(false);
  });
});
