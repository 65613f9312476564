export default function Loading() {
  return (
    <p role="status" aria-live="polite" className="text-[var(--color-ink-soft)]">
      Loading…
    </p>
  );
}
