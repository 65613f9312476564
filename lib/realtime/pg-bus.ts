import { EventEmitter } from 'node:events';
import pg from 'pg';
import { pgPoolConfig } from '@/lib/db/postgres';
import { assertTopic, type RealtimeBus } from './bus';

/** The one NOTIFY channel; the payload is the topic (ids only). */
export const NOTIFY_CHANNEL = 'open_door_realtime';
const RESYNC = Symbol('resync');
const RECONNECT_MS = 500;

/**
 * PostgreSQL LISTEN/NOTIFY on ONE dedicated connection per server (not a pooled one: a LISTEN
 * belongs to its connection, and a pool would hand it to someone else). Messages reach every
 * server listening, this one included. When the connection drops it reconnects and tells every
 * subscriber to re-read (onResync), since NOTIFYs sent in the gap are lost.
 */
export function createPgBus(databaseUrl: string): RealtimeBus & { ready(): Promise<void> } {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  let closed = false;
  let client: pg.Client | null = null;
  let connecting: Promise<pg.Client> | null = null;

  const connect = (): Promise<pg.Client> => {
    connecting ??= (async () => {
      const c = new pg.Client({ ...pgPoolConfig(databaseUrl, 1), application_name: 'open-door-realtime' });
      c.on('notification', (msg) => {
        if (msg.channel === NOTIFY_CHANNEL && msg.payload) emitter.emit(msg.payload, msg.payload);
      });
      const lost = () => {
        if (client !== c) return;
        client = null;
        connecting = null;
        c.removeAllListeners('end');
        if (!closed) setTimeout(() => void reconnect(), RECONNECT_MS).unref();
      };
      c.on('error', lost);
      c.on('end', lost);
      await c.connect();
      await c.query(`LISTEN ${NOTIFY_CHANNEL}`);
      client = c;
      return c;
    })().catch((err: unknown) => {
      connecting = null;
      throw err;
    });
    return connecting;
  };

  const reconnect = async () => {
    try {
      await connect();
      emitter.emit(RESYNC);
    } catch {
      if (!closed) setTimeout(() => void reconnect(), RECONNECT_MS).unref();
    }
  };

  return {
    async ready() {
      await connect();
    },
    async publish(topic) {
      const c = client ?? (await connect());
      await c.query('SELECT pg_notify($1, $2)', [NOTIFY_CHANNEL, assertTopic(topic)]);
    },
    subscribe(topic, listener) {
      emitter.on(assertTopic(topic), listener);
      // Subscribing starts listening; a failure here surfaces as a resync once connected.
      if (!client) void connect().catch(() => void reconnect());
      return () => emitter.off(topic, listener);
    },
    onResync(listener) {
      emitter.on(RESYNC, listener);
      return () => emitter.off(RESYNC, listener);
    },
    async close() {
      closed = true;
      emitter.removeAllListeners();
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
