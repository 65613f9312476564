import { describe, expect, it } from 'vitest';
import { SESSION_MAX_SECONDS, sessionIsLive } from '@/lib/auth/session-policy';

describe('session timeouts', () => {
  const now = 2_000_000_000;
  it('keeps a session used within the idle window', () => {
    expect(sessionIsLive({ authAt: now - 3600, seen: now - 119 * 60 }, 120, now)).toBe(true);
  });
  it('ends a session idle for longer than the setting', () => {
    expect(sessionIsLive({ authAt: now - 3600, seen: now - 121 * 60 }, 120, now)).toBe(false);
    expect(sessionIsLive({ authAt: now - 600, seen: now - 6 * 60 }, 5, now)).toBe(false);
  });
  it('ends any session older than the absolute lifetime, however busy', () => {
    expect(sessionIsLive({ authAt: now - SESSION_MAX_SECONDS - 1, seen: now }, 120, now)).toBe(false);
  });
  it('refuses tokens without the times (minted before they existed)', () => {
    expect(sessionIsLive({}, 120, now)).toBe(false);
    expect(sessionIsLive({ authAt: '1', seen: now }, 120, now)).toBe(false);
  });
});
