import 'server-only';
import { realtimeBus } from './server-bus';
import { createTopicWatch, type TTopicWatch } from './topic-watch';

const globalForWatch = globalThis as unknown as { openDoorTopicWatch?: TTopicWatch };

/** This server's one topic watcher over its one bus. */
export function topicWatch(): TTopicWatch {
  globalForWatch.openDoorTopicWatch ??= createTopicWatch(realtimeBus());
  return globalForWatch.openDoorTopicWatch;
}
