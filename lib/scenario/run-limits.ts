/** Kept apart from the zod schemas so the client's reflection form can import it without zod. */
export const REFLECTION_MAX_LENGTH = 2000;
