import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { TagInputComponent, addTags } from './tag-input';

@Component({
  imports: [ReactiveFormsModule, TagInputComponent],
  template: `<form (submit)="submitted = true">
    <isp-tag-input
      inputId="tags"
      addLabel="Tag toevoegen"
      removeLabel="{value} verwijderen"
      listLabel="Gekozen tags"
      [transform]="lower"
      [formControl]="control"
    />
  </form>`,
})
class HostComponent {
  readonly control = new FormControl<string[]>(['Planning'], {
    nonNullable: true,
  });
  readonly lower = (v: string) => v.toLowerCase();
  submitted = false;
}

describe('addTags', () => {
  it('tidies, skips empties and case-insensitive duplicates', () => {
    expect(addTags(['Excel'], ['  excel ', ' ', 'Data   analyse'])).toEqual([
      'Excel',
      'Data analyse',
    ]);
  });
});

describe('TagInputComponent', () => {
  async function setup() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const input = el.querySelector<HTMLInputElement>('#tags');
    if (!input) throw new Error('no input');
    const type = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    return { fixture, el, input, type };
  }

  it('adds on Enter without submitting the form, and on a comma', async () => {
    const { fixture, el, input, type } = await setup();
    await type('Roosters');
    input.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', cancelable: true }),
    );
    await fixture.whenStable();
    await type('Werkdruk, Zorg,');
    expect(fixture.componentInstance.control.value).toEqual([
      'Planning',
      'roosters',
      'werkdruk',
      'zorg',
    ]);
    expect(fixture.componentInstance.submitted).toBe(false);
    expect(input.value).toBe('');
    expect(
      el.querySelector('ul[aria-label="Gekozen tags"]')?.textContent,
    ).toContain('roosters');
  });

  it('removes a chip with its own labelled button and keeps focus in the field', async () => {
    const { fixture, el, input } = await setup();
    el.querySelector<HTMLButtonElement>(
      'button[aria-label="Planning verwijderen"]',
    )?.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.control.value).toEqual([]);
    expect(document.activeElement).toBe(input);
  });
});
