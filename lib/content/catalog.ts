import 'server-only';
import { loadContent } from './load';

/** The module list pages show: public fields only (no questions). */
export function moduleCatalog() {
  return loadContent().modules.map((m) => ({
    id: m.id,
    order: m.order,
    title: m.title,
    summary: m.summary,
    questionCount: m.questions.length,
    asOf: m.asOf,
  }));
}
