import { EventEmitter } from 'node:events';
import { assertTopic, type RealtimeBus } from './bus';

const RESYNC = Symbol('resync');

/** One process (SQLite, tests): an in-process emitter is the whole bus. */
export function createMemoryBus(): RealtimeBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(topic) {
      emitter.emit(assertTopic(topic), topic);
    },
    subscribe(topic, listener) {
      emitter.on(assertTopic(topic), listener);
      return () => emitter.off(topic, listener);
    },
    onResync(listener) {
      emitter.on(RESYNC, listener);
      return () => emitter.off(RESYNC, listener);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}
