// A liveness probe and the benchmark's baseline JSON route: no session, no database.
export function GET() {
  return Response.json({ ok: true });
}
