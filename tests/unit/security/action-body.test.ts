import { describe, expect, it } from 'vitest';
import { serverActionBodyRefusal } from '@/lib/http/action-body';

function action(body: BodyInit, type = 'text/plain;charset=UTF-8') {
  return new Request('http://school.example/sign-up', {
    method: 'POST',
    // An empty type lets FormData set its own multipart boundary.
    headers: { 'next-action': 'x', ...(type ? { 'content-type': type } : {}) },
    body,
  });
}

describe('server-action bodies proxy.ts lets through', () => {
  it('accepts what React sends: a JSON array of arguments, or multipart form data', async () => {
    expect(await serverActionBodyRefusal(action('[{"name":"Year 9","note":"$$5 off"}]'))).toBeNull();
    expect(await serverActionBodyRefusal(action('["$undefined","$D2026-01-01T00:00:00.000Z"]'))).toBeNull();
    const form = new FormData();
    form.append('1_name', 'Year 9');
    form.append('0', '[{"status":"idle"},"$K1"]');
    expect(await serverActionBodyRefusal(action(form, ''))).toBeNull();
    // A <form action={…}> submitted by React: its fields under "_1_", with the action id among them.
    const submitted = new FormData();
    submitted.append('_1_$ACTION_ID_40229ab61a8d', '');
    submitted.append('_1_slug', 'allied-politics');
    submitted.append('0', '["$K1"]');
    expect(await serverActionBodyRefusal(action(submitted, ''))).toBeNull();
  });

  it('refuses with 400 what React’s decoder would turn into a 500', async () => {
    for (const body of ['not json', '[', '{"a":1}', '"x"', '["$K1"]', '[{"a":"$@0"}]', '[{"$F1":1}]'])
      expect((await serverActionBodyRefusal(action(body)))?.status).toBe(400);
    expect((await serverActionBodyRefusal(action('x', 'multipart/form-data; boundary=x')))?.status).toBe(400);
    expect((await serverActionBodyRefusal(action('[]', 'application/octet-stream')))?.status).toBe(400);
  });

  it('refuses a multipart envelope whose arguments refer to anything but its form', async () => {
    for (const args of ['[{"a":"$@0"}]', '["$F1"]', '[null,"$Q2"]', '{"a":1}', '[', '"$K1"']) {
      const form = new FormData();
      form.append('1_name', 'Year 9');
      form.append('0', args);
      expect((await serverActionBodyRefusal(action(form, '')))?.status).toBe(400);
    }
    const ok = new FormData();
    ok.append('0', '["class-1",{"status":"error","message":"$$5 off"},"$K1"]');
    expect(await serverActionBodyRefusal(action(ok, ''))).toBeNull();
  });

  it('refuses multipart parts React never names (an empty or blank name is read as the arguments)', async () => {
    for (const name of ['', ' ', '\u0000', '<script>', '$K1']) {
      const form = new FormData();
      form.append('1_name', 'Year 9');
      form.append(name, '{}');
      form.append('0', '["$K1"]');
      expect((await serverActionBodyRefusal(action(form, '')))?.status).toBe(400);
    }
  });

  it('refuses a body over 64 KiB with 413', async () => {
    expect((await serverActionBodyRefusal(action(`["${'a'.repeat(70 * 1024)}"]`)))?.status).toBe(413);
  });
});
