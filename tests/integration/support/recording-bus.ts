import { createMemoryBus } from '@/lib/realtime/memory-bus';
import { setRealtimeBus } from '@/lib/realtime/server-bus';

/** Points the data layer at an in-process bus that also records every topic published, in order. */
export function recordRealtimeTopics(published: string[]): void {
  const bus = createMemoryBus();
  const publish = bus.publish.bind(bus);
  setRealtimeBus({ ...bus, publish: async (topic) => (published.push(topic), publish(topic)) });
}
