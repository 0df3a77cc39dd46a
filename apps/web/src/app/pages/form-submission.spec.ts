import { TestBed } from '@angular/core/testing';
import { FormControl, Validators } from '@angular/forms';
import { Subject, throwError } from 'rxjs';
import { FormSubmission } from './form-submission';

describe('FormSubmission', () => {
  const create = () =>
    TestBed.runInInjectionContext(() => new FormSubmission());

  it('shows the problems of an invalid form and sends nothing', () => {
    const submission = create();
    const control = new FormControl('', Validators.required);
    const onInvalid = jest.fn();
    submission.error.set('vorige fout');
    expect(submission.begin(control, onInvalid)).toBe(false);
    expect(submission.submitted()).toBe(true);
    expect(submission.error()).toBeNull();
    expect(control.touched).toBe(true);
    expect(onInvalid).toHaveBeenCalled();
  });

  it('is busy until the answer comes, and sends no second time meanwhile', () => {
    const submission = create();
    const control = new FormControl('x');
    const answer = new Subject<string>();
    const next = jest.fn();
    expect(submission.begin(control, jest.fn())).toBe(true);
    submission.send(answer, { next, error: jest.fn() });
    expect(submission.busy()).toBe(true);
    expect(submission.begin(control, jest.fn())).toBe(false);
    answer.next('ok');
    expect(submission.busy()).toBe(false);
    expect(next).toHaveBeenCalledWith('ok');
  });

  it('is no longer busy after a refusal', () => {
    const submission = create();
    const error = jest.fn();
    submission.send(
      throwError(() => new Error('nee')),
      { next: jest.fn(), error },
    );
    expect(submission.busy()).toBe(false);
    expect(error).toHaveBeenCalledWith(new Error('nee'));
  });
});
