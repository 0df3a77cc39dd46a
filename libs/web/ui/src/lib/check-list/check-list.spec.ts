import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { CheckListComponent } from './check-list';

@Component({
  imports: [ReactiveFormsModule, CheckListComponent],
  template: `<isp-check-list
    legend="Vaardigheden"
    idPrefix="s"
    [options]="options"
    [formControl]="control"
  />`,
})
class HostComponent {
  readonly options = [
    { value: 'a', label: 'Excel' },
    { value: 'b', label: 'Planning' },
  ];
  readonly control = new FormControl<string[]>(['b'], { nonNullable: true });
}

describe('CheckListComponent', () => {
  it('is a fieldset of labelled checkboxes bound to a string[] control', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('legend')?.textContent).toContain('Vaardigheden');
    expect(el.querySelector<HTMLInputElement>('#s-b')?.checked).toBe(true);
    expect(el.querySelector('label[for="s-a"]')?.textContent).toContain(
      'Excel',
    );
    el.querySelector<HTMLInputElement>('#s-a')?.click();
    expect(fixture.componentInstance.control.value).toEqual(['a', 'b']);
    el.querySelector<HTMLInputElement>('#s-b')?.click();
    expect(fixture.componentInstance.control.value).toEqual(['a']);
  });
});
