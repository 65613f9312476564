/**
 * The app's public origin for invite links and QR codes: NEXTAUTH_URL, which start-up has already
 * validated (instrumentation.ts), so a link made here is the one pupils can reach. Only outside a
 * started server (tests that render a page directly) is it absent; then the local default applies.
 */
export function appOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.NEXTAUTH_URL;
  if (configured && URL.canParse(configured)) return new URL(configured).origin;
  return 'http://localhost:3000';
}
