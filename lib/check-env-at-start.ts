import { EnvError, getEnv } from './env';

// Refuse to start with bad configuration: one clear line, then exit.
try {
  getEnv();
} catch (err) {
  if (!(err instanceof EnvError)) throw err;
  console.error(err.message);
  process.exit(1);
}
