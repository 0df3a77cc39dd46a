import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SectionNavComponent, type SectionLink } from './section-nav';

@Component({ template: '' })
class EmptyPage {}

describe('SectionNavComponent', () => {
  const links: SectionLink[] = [
    { link: '/section', label: 'Overzicht', exact: true },
    { link: '/section/invite', label: 'Uitnodigen' },
  ];

  async function render(url: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'section', component: EmptyPage },
          { path: 'section/invite', component: EmptyPage },
        ]),
      ],
    });
    await TestBed.inject(Router).navigateByUrl(url);
    const fixture = TestBed.createComponent(SectionNavComponent);
    fixture.componentRef.setInput('label', 'Onderdelen');
    fixture.componentRef.setInput('links', links);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('names the navigation and lists the links with their texts', async () => {
    const element = await render('/section');
    expect(element.querySelector('nav')?.getAttribute('aria-label')).toBe(
      'Onderdelen',
    );
    const anchors = Array.from(element.querySelectorAll('a'));
    expect(anchors.map((a) => a.textContent?.trim())).toEqual([
      'Overzicht',
      'Uitnodigen',
    ]);
    expect(anchors.map((a) => a.getAttribute('href'))).toEqual([
      '/section',
      '/section/invite',
    ]);
  });

  it('marks only the current page, the exact link not on the pages below it', async () => {
    const element = await render('/section/invite');
    const current = Array.from(
      element.querySelectorAll('a[aria-current="page"]'),
    );
    expect(current.map((a) => a.textContent?.trim())).toEqual(['Uitnodigen']);
    expect(current[0].classList).toContain('active');
  });
});
