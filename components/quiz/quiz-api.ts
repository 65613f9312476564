/** JSON calls to the attempt API; errors come back as values so the player can say what happened. */
export type TApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string };

export async function callJson<T>(url: string, body?: unknown): Promise<TApiResult<T>> {
  try {
    const res = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
    const json = (await res.json().catch(() => ({}))) as T & { error?: string };
    if (res.ok) return { ok: true, data: json };
    return { ok: false, status: res.status, error: json.error ?? 'Something went wrong. Try again.' };
  } catch {
    return {
      ok: false,
      status: 0,
      error: 'No connection to the server. Your answers so far are saved; try again.',
    };
  }
}
