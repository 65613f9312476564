'use client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { TAnswerResult, TAttemptView } from '@/lib/quiz/attempt-types';
import type { TConfidence } from '@/lib/quiz/confidence';
import { AnswerInput } from './answer-input';
import { ConfidenceInput } from './confidence-input';
import { draftFromResponse, emptyDraft, responseFromDraft, type TDraft } from './draft';
import { FeedbackPanel } from './feedback-panel';
import { QuestionMap } from './question-map';
import { callJson } from './quiz-api';
import { QuizProgress } from './quiz-progress';
import { SubmitAttempt } from './submit-attempt';
import { ReportProblem } from '@/components/report/report-problem';

type TMessage = { kind: 'error' | 'info'; text: string } | null;

function initialDrafts(view: TAttemptView): Record<string, TDraft> {
  return Object.fromEntries(
    Object.values(view.answers).map((a) => [a.questionId, draftFromResponse(a.response)]),
  );
}

/**
 * Plays one attempt, one question per screen. Holds only public questions and the student's own
 * answers; the server grades every commit and says what the student may see.
 */
export function QuizPlayer({ initial }: { initial: TAttemptView }) {
  const router = useRouter();
  const [view, setView] = useState(initial);
  const [drafts, setDrafts] = useState(() => initialDrafts(initial));
  const [confidence, setConfidence] = useState<Record<string, TConfidence>>(() =>
    Object.fromEntries(Object.values(initial.answers).map((a) => [a.questionId, a.confidence])),
  );
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<TMessage>(null);
  const shownAt = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const focusNextAfterRender = useRef(false);
  const base = `/api/attempts/${view.attemptId}`;
  useEffect(() => {
    shownAt.current = performance.now();
  }, []);
  // Focus "Next question" only once the render that re-enables it is on the screen: focusing a still
  // disabled button does nothing, and a keyboard user's Enter would then land on the page body.
  useEffect(() => {
    if (!focusNextAfterRender.current || busy) return;
    focusNextAfterRender.current = false;
    nextRef.current?.focus();
  });

  const question = view.questions[view.currentIndex];
  if (!question) return <p>This quiz has no questions.</p>;
  const saved = view.answers[question.id];
  const practice = view.mode === 'practice';
  const locked = practice && Boolean(saved);
  const draft = drafts[question.id] ?? emptyDraft(question);
  const answered = view.questions.map((q) => Boolean(view.answers[q.id]));

  /** After a 409 the server's state wins: reload it and say why the screen changed. */
  async function resync(reason: string) {
    const fresh = await callJson<TAttemptView>(base);
    if (fresh.ok) {
      if (fresh.data.state !== 'IN_PROGRESS') return router.push(`/attempts/${view.attemptId}`);
      setView(fresh.data);
      setDrafts((d) => ({ ...initialDrafts(fresh.data), ...d }));
    }
    setMessage({ kind: 'error', text: reason });
  }

  async function commit(event: FormEvent) {
    event.preventDefault();
    if (!question || locked) return;
    const response = responseFromDraft(question, draft);
    if (typeof response === 'string') return setMessage({ kind: 'error', text: response });
    setBusy(true);
    setMessage(null);
    const timeSpentMs = shownAt.current
      ? Math.min(86_400_000, Math.max(0, Math.round(performance.now() - shownAt.current)))
      : null;
    const result = await callJson<TAnswerResult>(`${base}/responses`, {
      questionId: question.id,
      seq: view.seq,
      response,
      confidence: confidence[question.id] ?? null,
      timeSpentMs,
    });
    setBusy(false);
    if (!result.ok)
      return result.status === 409 ? resync(result.error) : setMessage({ kind: 'error', text: result.error });
    const { seq, currentIndex, answer } = result.data;
    setView((v) => ({ ...v, seq, currentIndex, answers: { ...v.answers, [answer.questionId]: answer } }));
    if (!practice)
      setMessage({ kind: 'info', text: 'Answer saved. You can change it until you submit the quiz.' });
    // The Check button goes away once a practice answer is final; keep keyboard focus on the way forward.
    else focusNextAfterRender.current = true;
  }

  async function go(index: number) {
    setBusy(true);
    setMessage(null);
    const result = await callJson<{ seq: number; currentIndex: number }>(`${base}/position`, {
      seq: view.seq,
      index,
    });
    setBusy(false);
    if (!result.ok)
      return result.status === 409 ? resync(result.error) : setMessage({ kind: 'error', text: result.error });
    setView((v) => ({ ...v, ...result.data }));
    shownAt.current = performance.now();
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  async function submit() {
    setBusy(true);
    const result = await callJson<{ attemptId: string }>(`${base}/submit`, { seq: view.seq });
    if (result.ok) return router.push(`/attempts/${view.attemptId}`);
    setBusy(false);
    return result.status === 409 ? resync(result.error) : setMessage({ kind: 'error', text: result.error });
  }

  const last = view.currentIndex === view.questions.length - 1;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{view.moduleTitle}: quiz</h1>
        <p className="text-[var(--color-ink-soft)]">
          {practice
            ? 'Practice mode: you see feedback after each answer.'
            : 'Test mode: you can change answers until you submit; feedback comes with your results.'}
        </p>
      </header>
      <QuizProgress
        index={view.currentIndex}
        total={view.questions.length}
        answered={answered.filter(Boolean).length}
      />
      <QuestionMap
        total={view.questions.length}
        current={view.currentIndex}
        answered={answered}
        disabled={busy}
        onJump={go}
      />

      <form onSubmit={commit} className="card space-y-4" aria-labelledby="question-heading">
        <h2 id="question-heading" ref={headingRef} tabIndex={-1} className="text-lg font-semibold">
          Question {view.currentIndex + 1}
        </h2>
        <fieldset>
          <legend className="mb-3 text-lg">{question.prompt}</legend>
          <AnswerInput
            question={question}
            draft={draft}
            disabled={locked || busy}
            onChange={(d) => setDrafts((all) => ({ ...all, [question.id]: d }))}
          />
        </fieldset>
        <ConfidenceInput
          name={`q-${question.id}`}
          value={confidence[question.id] ?? null}
          disabled={locked || busy}
          onChange={(c) => setConfidence((all) => ({ ...all, [question.id]: c }))}
        />
        {message ? (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className="font-medium">
            <span aria-hidden="true">{message.kind === 'error' ? '⚠ ' : 'ℹ '}</span>
            {message.text}
          </p>
        ) : null}
        {locked ? null : (
          <button type="submit" className="btn" disabled={busy}>
            {practice ? 'Check answer' : saved ? 'Save changed answer' : 'Save answer'}
          </button>
        )}
      </form>

      <section aria-live="polite" aria-label="Feedback">
        {practice && saved?.feedback ? (
          <div className="card">
            <h2 className="sr-only">Feedback</h2>
            <FeedbackPanel feedback={saved.feedback} />
            <ReportProblem kind="QUESTION" targets={[{ ref: question.id, label: '' }]} what="this question" />
          </div>
        ) : null}
      </section>

      <nav aria-label="Previous and next question" className="flex flex-wrap gap-3">
        <button
          type="button"
          className="btn-quiet"
          disabled={busy || view.currentIndex === 0}
          onClick={() => go(view.currentIndex - 1)}
        >
          <span aria-hidden="true">←</span> Previous
        </button>
        {last ? null : (
          <button
            type="button"
            ref={nextRef}
            className="btn"
            disabled={busy}
            onClick={() => go(view.currentIndex + 1)}
          >
            Next question <span aria-hidden="true">→</span>
          </button>
        )}
      </nav>
      <SubmitAttempt unanswered={answered.filter((a) => !a).length} busy={busy} onSubmit={submit} />
    </div>
  );
}
