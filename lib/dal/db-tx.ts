import 'server-only';
import type { Prisma } from '@/lib/generated/sqlite/client';

/** The client handed to an interactive transaction (same API on both databases). */
export type Tx = Prisma.TransactionClient;
