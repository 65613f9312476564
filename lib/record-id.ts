import { z } from 'zod';

/**
 * The one schema for a database record id arriving from outside (route segment, form field, query
 * string): ids are cuids, so anything empty or longer than 64 characters is refused before a query.
 */
export const ZRecordId = z.string().min(1).max(64);
