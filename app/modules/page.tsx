import type { Metadata } from 'next';
import { ModuleList } from '@/components/module-list';

export const metadata: Metadata = { title: 'Modules' };

export default function ModulesPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold">Modules</h1>
      <p className="prose-width text-lg">
        Six modules, each a sourced briefing and a quiz, on the obstacles to Ukraine’s membership of NATO as
        they stood in October 2024.
      </p>
      <ModuleList />
    </div>
  );
}
