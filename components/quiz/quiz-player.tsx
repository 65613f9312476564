'use client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { TAnswerResult, TAttemptView } from '@/lib/quiz/attempt-types';
import type { TConfidence } from '@/lib/quiz/confidence';
import { percentText } from '@/lib/score/format';
import { BusyButton } from '@/components/ui/busy-button';
import { useFocusAfterCommit } from '@/components/ui/focus';
import { LiveRegion } from '@/components/ui/live-region';
import { AnswerInput } from './answer-input';
import { ConfidenceInput } from './confidence-input';
import { describeOwnAnswer } from './describe-answer';
import { draftFromResponse, emptyDraft, responseFromDraft, type TDraft } from './draft';
import { FeedbackPanel } from './feedback-panel';
import { OutcomeLabel } from './outcome-label';
import { QuestionMap } from './question-map';
import { callJson } from './quiz-api';
import { QuizProgress } from './quiz-progress';
import { SubmitAttempt } from './submit-attempt';
import { ReportProblem } from '@/components/report/report-problem';

const ERROR_ID = 'quiz-error';
const FEEDBACK_HEADING_ID = 'feedback-heading';
const QUESTION_HEADING_ID = 'question-heading';
/** The first control of the answer, where focus goes when the answer is missing something. */
const firstAnswerControl = () =>
  document.querySelector<HTMLElement>(
    '#answer-fieldset input, #answer-fieldset select, #answer-fieldset button',
  );

function initialDrafts(view: TAttemptView): Record<string, TDraft> {
  return Object.fromEntries(
    Object.values(view.answers).map((a) => [a.questionId, draftFromResponse(a.response)]),
  );
}

/**
 * Plays one attempt, one question per screen. Holds only public questions and the student's own
 * answers; the server grades every commit and says what the student may see.
 *
 * Keyboard focus never falls to <body>: buttons are never disabled (aria-disabled while a request
 * runs) and after each step focus moves, once the new screen is committed, to where the step's
 * result is: the feedback heading (practice), the question heading (navigation) or stays on the
 * Save button (test mode). Messages go to regions that are always in the page.
 */
export function QuizPlayer({ initial }: { initial: TAttemptView }) {
  const router = useRouter();
  const [view, setView] = useState(initial);
  const [drafts, setDrafts] = useState(() => initialDrafts(initial));
  // Questions whose draft the pupil changed since it was last committed: never thrown away.
  const [changed, setChanged] = useState<ReadonlySet<string>>(() => new Set());
  const [confidence, setConfidence] = useState<Record<string, TConfidence>>(() =>
    Object.fromEntries(Object.values(initial.answers).map((a) => [a.questionId, a.confidence])),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const focusAfterCommit = useFocusAfterCommit();
  const shownAt = useRef(0);
  const base = `/api/attempts/${view.attemptId}`;
  useEffect(() => {
    shownAt.current = performance.now();
  }, []);

  const question = view.questions[view.currentIndex];
  if (!question) return <p>This quiz has no questions.</p>;
  const saved = view.answers[question.id];
  const practice = view.mode === 'practice';
  const locked = practice && Boolean(saved);
  const draft = drafts[question.id] ?? emptyDraft(question);
  const answered = view.questions.map((q) => Boolean(view.answers[q.id]));
  const unsaved = !locked && changed.has(question.id);

  /** After a 409 the server's state wins: reload it and say why the screen changed. */
  async function resync(reason: string) {
    const fresh = await callJson<TAttemptView>(base);
    if (fresh.ok) {
      if (fresh.data.state !== 'IN_PROGRESS') return router.push(`/attempts/${view.attemptId}`);
      setView(fresh.data);
      setDrafts((d) => ({ ...initialDrafts(fresh.data), ...d }));
    }
    setError(reason);
    focusAfterCommit(QUESTION_HEADING_ID);
  }

  /** Sends the current draft. Returns the new sequence number, or null when nothing was stored. */
  async function save(): Promise<number | null> {
    if (!question || locked) return null;
    const response = responseFromDraft(question, draft);
    if (typeof response === 'string') {
      setError(response);
      focusAfterCommit(firstAnswerControl, ERROR_ID);
      return null;
    }
    setBusy(true);
    setError('');
    setStatus('');
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
    if (!result.ok) {
      if (result.status === 409) await resync(result.error);
      else setError(result.error);
      return null;
    }
    const { seq, currentIndex, answer } = result.data;
    setView((v) => ({ ...v, seq, currentIndex, answers: { ...v.answers, [answer.questionId]: answer } }));
    setChanged((c) => new Set([...c].filter((id) => id !== answer.questionId)));
    if (practice) focusAfterCommit(FEEDBACK_HEADING_ID);
    else setStatus('Answer saved. You can change it until you submit the quiz.');
    return seq;
  }

  async function commit(event: FormEvent) {
    event.preventDefault();
    if (!busy) await save();
  }

  /**
   * Moves to another question. An answer the pupil changed but did not check or save is never
   * thrown away: test mode saves it on the way; practice mode checks it and stays, so the pupil
   * sees its feedback before going on.
   */
  async function go(index: number) {
    if (busy) return;
    let seq = view.seq;
    if (unsaved && question && typeof responseFromDraft(question, draft) !== 'string') {
      const stored = await save();
      if (stored === null) return;
      if (practice) {
        setStatus('Your answer was checked before moving on. Read the feedback, then go on.');
        return;
      }
      seq = stored;
    }
    setBusy(true);
    setError('');
    setStatus('');
    const result = await callJson<{ seq: number; currentIndex: number }>(`${base}/position`, { seq, index });
    setBusy(false);
    if (!result.ok) return result.status === 409 ? resync(result.error) : setError(result.error);
    setView((v) => ({ ...v, ...result.data }));
    shownAt.current = performance.now();
    focusAfterCommit(QUESTION_HEADING_ID);
  }

  async function submit() {
    if (busy) return;
    if (unsaved && question && typeof responseFromDraft(question, draft) !== 'string') {
      if ((await save()) === null) return;
    }
    setBusy(true);
    setError('');
    const result = await callJson<{ attemptId: string }>(`${base}/submit`, { seq: view.seq });
    if (result.ok) return router.push(`/attempts/${view.attemptId}`);
    setBusy(false);
    return result.status === 409 ? resync(result.error) : setError(result.error);
  }

  const last = view.currentIndex === view.questions.length - 1;
  const feedback = practice ? saved?.feedback : null;
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-xl font-semibold sm:text-2xl">{view.moduleTitle}: quiz</h1>
        <p className="text-sm text-ink-soft sm:text-base">
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

      <form onSubmit={commit} className="card space-y-4" aria-labelledby={QUESTION_HEADING_ID} noValidate>
        <h2 id={QUESTION_HEADING_ID} tabIndex={-1} className="text-lg font-semibold">
          Question {view.currentIndex + 1}
        </h2>
        <fieldset
          id="answer-fieldset"
          aria-invalid={error && !saved ? true : undefined}
          aria-describedby={error ? ERROR_ID : undefined}
        >
          <legend className="mb-3 text-lg">{question.prompt}</legend>
          <AnswerInput
            question={question}
            draft={draft}
            locked={locked || busy}
            onChange={(d) => {
              setDrafts((all) => ({ ...all, [question.id]: d }));
              setChanged((c) => new Set(c).add(question.id));
            }}
          />
        </fieldset>
        <ConfidenceInput
          name={`q-${question.id}`}
          value={confidence[question.id] ?? null}
          locked={locked || busy}
          onChange={(c) => {
            setConfidence((all) => ({ ...all, [question.id]: c }));
            setChanged((s) => new Set(s).add(question.id));
          }}
        />
        <LiveRegion id={ERROR_ID} tone="assertive" message={error} className="font-medium" />
        <LiveRegion message={status} className="font-medium" />
        {locked ? (
          <p className="text-sm text-ink-soft">This answer is checked and final.</p>
        ) : (
          <BusyButton type="submit" className="btn" busy={busy}>
            {practice ? 'Check answer' : saved ? 'Save changed answer' : 'Save answer'}
          </BusyButton>
        )}
      </form>

      {feedback ? (
        // Not a live region: the whole panel is too long to read out after every answer. Focus moves
        // to its heading, which says the outcome in a few words; the rest is read on demand.
        <section aria-label="Feedback" className="card">
          <h2 id={FEEDBACK_HEADING_ID} tabIndex={-1} className="mb-3 text-lg">
            <span className="sr-only">Feedback: </span>
            <OutcomeLabel outcome={feedback.outcome} />
            {feedback.outcome === 'partial' ? (
              <span> — {percentText(feedback.score)} of the marks</span>
            ) : null}
          </h2>
          <FeedbackPanel
            feedback={feedback}
            showOutcome={false}
            yourAnswer={saved ? describeOwnAnswer(question, saved.response) : undefined}
          />
          <ReportProblem kind="QUESTION" targets={[{ ref: question.id, label: '' }]} what="this question" />
        </section>
      ) : null}

      <nav aria-label="Previous and next question" className="flex flex-wrap gap-3">
        <BusyButton
          className="btn-quiet"
          busy={busy}
          unavailable={view.currentIndex === 0}
          onClick={() => go(view.currentIndex - 1)}
        >
          <span aria-hidden="true">←</span> Previous
        </BusyButton>
        {last ? null : (
          <BusyButton
            // Until the answer is checked, Next is the quiet choice and Check the filled one.
            className={practice && !saved ? 'btn-quiet' : 'btn'}
            busy={busy}
            onClick={() => go(view.currentIndex + 1)}
          >
            Next question <span aria-hidden="true">→</span>
          </BusyButton>
        )}
      </nav>
      <QuestionMap
        total={view.questions.length}
        current={view.currentIndex}
        answered={answered}
        busy={busy}
        onJump={go}
      />
      <SubmitAttempt unanswered={answered.filter((a) => !a).length} busy={busy} onSubmit={submit} />
    </div>
  );
}
