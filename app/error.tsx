'use client';

/** Shown when a page fails on the server; no details of the failure reach the browser. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="prose-width space-y-4">
      <h1 className="text-3xl font-semibold">Something went wrong</h1>
      <p>We could not show this page. Your work so far is saved. Try again in a moment.</p>
      <button type="button" className="btn" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
