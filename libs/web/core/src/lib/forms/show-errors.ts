import type { AbstractControl } from '@angular/forms';

/**
 * Whether a field's problem is worth showing yet: once the form was sent, or
 * once the person changed the field and left it. A field nobody typed in is
 * not wrong yet: not after the page opened, not after a successful add
 * emptied it (and put the cursor back in it), not after a failed login
 * emptied the password.
 */
export function showsErrors(
  control: AbstractControl,
  submitted: boolean,
): boolean {
  return submitted || (control.touched && control.dirty);
}
