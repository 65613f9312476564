import Link from 'next/link';
import { JoinCodeBox } from '@/components/classes/join-code-box';
import { LandingActions } from '@/components/landing-actions';

export default function Landing() {
  return (
    <div className="space-y-12">
      <section className="prose-width space-y-4">
        <h1 className="text-4xl font-semibold leading-tight">Why is Ukraine’s path into NATO blocked?</h1>
        <p className="text-xl">
          Open Door is a classroom app for teaching a hard, current question. Students read short sourced
          briefings, take quizzes that explain every answer, and play decision scenarios in which every choice
          trades one goal against another. Teachers assign modules to classes and see where understanding
          breaks down.
        </p>
        <p className="text-ink-soft">
          Content is framed as of October 2024. Every claim names its source and date; positions are
          attributed to whoever holds them.
        </p>
        <div className="flex flex-wrap gap-3 pt-2">
          <LandingActions />
          <Link href="/modules" className="btn-quiet">
            Browse the modules
          </Link>
        </div>
      </section>
      <JoinCodeBox />
      <section aria-labelledby="who" className="grid gap-4 md:grid-cols-3">
        <h2 id="who" className="sr-only">
          Who it is for
        </h2>
        <div className="card">
          <h3 className="mb-2 text-lg font-semibold">Students</h3>
          <p>
            Join a class with a code, read the briefing, take the quiz, play the scenario, and review what you
            missed.
          </p>
        </div>
        <div className="card">
          <h3 className="mb-2 text-lg font-semibold">Teachers</h3>
          <p>
            Create classes, assign modules with due dates, and see each question’s results and the
            misconceptions behind them.
          </p>
        </div>
        <div className="card">
          <h3 className="mb-2 text-lg font-semibold">Self-learners</h3>
          <p>Everything a student does, at your own pace and without a class.</p>
        </div>
      </section>
    </div>
  );
}
