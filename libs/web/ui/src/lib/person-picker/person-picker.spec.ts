import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { of } from 'rxjs';
import { PersonPickerComponent, type PersonOption } from './person-picker';

const PEOPLE: PersonOption[] = [
  {
    userId: 'u1',
    displayName: 'Mila de Vries',
    email: 'mila@demo.nl',
    departmentName: 'Zorg',
    jobTitle: 'Verpleegkundige',
  },
  { userId: 'u2', displayName: 'Milan Jansen', email: 'milan@demo.nl' },
];

@Component({
  imports: [ReactiveFormsModule, PersonPickerComponent],
  template: `<label for="who">Wie</label>
    <isp-person-picker
      inputId="who"
      [formControl]="control"
      [search]="search"
      [texts]="texts"
      listLabel="Mensen"
    />`,
})
class HostComponent {
  readonly control = new FormControl('', { nonNullable: true });
  readonly search = jest.fn((query: string) =>
    of(PEOPLE.filter((p) => p.displayName.toLowerCase().includes(query))),
  );
  readonly texts = {
    searching: 'Zoeken…',
    none: 'Niemand met “{query}”.',
    results: '{count} gevonden.',
    chosen: 'Gekozen: {name}',
  };
}

describe('PersonPickerComponent', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  async function setup() {
    const fixture = TestBed.createComponent(HostComponent);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    const input = el.querySelector('input') as HTMLInputElement;
    const typeText = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new Event('input'));
      jest.advanceTimersByTime(300);
      fixture.detectChanges();
    };
    const key = (name: string) => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: name }));
      fixture.detectChanges();
    };
    return { fixture, el, input, typeText, key };
  }

  it('is a combobox that lists people by name and chooses one by keyboard; the value is the address', async () => {
    const { fixture, el, input, typeText, key } = await setup();
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await typeText('mil');
    expect(fixture.componentInstance.search).toHaveBeenCalledWith('mil');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = el.querySelectorAll('[role="option"]');
    expect(options).toHaveLength(2);
    expect(options[0]!.textContent).toContain('Verpleegkundige · Zorg');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    key('Enter');
    expect(fixture.componentInstance.control.value).toBe('milan@demo.nl');
    expect(input.value).toBe('Milan Jansen');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector('[aria-live]')?.textContent).toBe(
      'Gekozen: Milan Jansen',
    );
  });

  it('does not search below two letters, has no value until someone is chosen, and says when nobody is found', async () => {
    const { fixture, el, input, typeText, key } = await setup();
    await typeText('m');
    expect(fixture.componentInstance.search).not.toHaveBeenCalled();
    await typeText('zz');
    expect(fixture.componentInstance.control.value).toBe('');
    expect(el.querySelector('[aria-live]')?.textContent).toBe(
      'Niemand met “zz”.',
    );
    await typeText('mila d');
    key('Escape');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(fixture.componentInstance.control.value).toBe('');
  });

  it('empties with the form (after a successful add)', async () => {
    const { fixture, input, typeText, key } = await setup();
    await typeText('mila d');
    key('Enter');
    fixture.componentInstance.control.reset('');
    fixture.detectChanges();
    expect(input.value).toBe('');
  });
});
