import { z } from 'zod';
import { ZId } from '@/lib/content/question-schema';

/**
 * Conditions gate choices, pick conditional next nodes and select endings. They read only the run
 * state (meters, flags, earlier choices), so the engine stays a pure function of state and input.
 * Meter bounds are inclusive and integer, like the meters themselves.
 */
export type TCondition =
  | { meter: string; atLeast?: number; atMost?: number }
  | { flag: string; is?: boolean }
  | { chose: string }
  | { all: TCondition[] }
  | { any: TCondition[] }
  | { not: TCondition };

const ZMeterCondition = z
  .strictObject({ meter: ZId, atLeast: z.int().optional(), atMost: z.int().optional() })
  .refine((c) => c.atLeast !== undefined || c.atMost !== undefined, {
    message: 'a meter condition needs atLeast or atMost',
  });

export const ZCondition: z.ZodType<TCondition> = z.lazy(() =>
  z.union([
    ZMeterCondition,
    z.strictObject({ flag: ZId, is: z.boolean().optional() }),
    z.strictObject({ chose: ZId }),
    z.strictObject({ all: z.array(ZCondition).min(1) }),
    z.strictObject({ any: z.array(ZCondition).min(1) }),
    z.strictObject({ not: ZCondition }),
  ]),
);
