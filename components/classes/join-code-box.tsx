/**
 * "Have a class code?" — a plain GET form to /join, so the page holding it can stay static and it works
 * without JavaScript.
 */
export function JoinCodeBox({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form action="/join" method="get" className="card max-w-md space-y-2" aria-labelledby="join-code-box">
      <Heading id="join-code-box" className="text-lg font-semibold">
        Have a class code?
      </Heading>
      <label htmlFor="join-code-input" className="block">
        Class code <span className="text-ink-soft">(looks like ABCD-2345)</span>
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          id="join-code-input"
          name="code"
          required
          maxLength={20}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="field-input max-w-48 font-mono"
        />
        <button type="submit" className="btn">
          Join
        </button>
      </div>
    </form>
  );
}
