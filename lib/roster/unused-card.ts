/**
 * A sign-in card is unused while its pupil has not yet chosen their own password: the account was
 * made by this teacher from the roster (issue 9: only those are theirs to reset) and still carries
 * a one-time password. Reprinting such a card replaces the password, so the old card stops working.
 */
export interface CardHolder {
  username: string | null;
  mustChangePassword: boolean;
  managedByTeacher: boolean;
}

export function hasUnusedCard(pupil: CardHolder): boolean {
  return pupil.managedByTeacher && pupil.mustChangePassword && pupil.username !== null;
}
