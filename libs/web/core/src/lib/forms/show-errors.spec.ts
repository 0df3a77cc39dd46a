import { FormControl, Validators } from '@angular/forms';
import { showsErrors } from './show-errors';

describe('showsErrors', () => {
  const required = () =>
    new FormControl('', { nonNullable: true, validators: Validators.required });

  it('waits while nobody typed in the field, also once it was left', () => {
    const control = required();
    control.markAsTouched();
    expect(showsErrors(control, false)).toBe(false);
  });

  it('shows once the person changed the field and left it, or sent the form', () => {
    const control = required();
    control.markAsDirty();
    expect(showsErrors(control, false)).toBe(false);
    control.markAsTouched();
    expect(showsErrors(control, false)).toBe(true);
    expect(showsErrors(required(), true)).toBe(true);
  });

  it('waits again after a reset (a successful add empties the field)', () => {
    const control = required();
    control.setValue('x');
    control.markAsDirty();
    control.markAsTouched();
    control.reset();
    control.markAsTouched(); // the cursor is put back and leaves again
    expect(showsErrors(control, false)).toBe(false);
  });
});
