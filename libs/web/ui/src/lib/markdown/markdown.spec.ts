import { TestBed } from '@angular/core/testing';
import { MarkdownComponent } from './markdown';
import { parseInline, parseMarkdown } from './parse-markdown';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs and both kinds of list', () => {
    expect(
      parseMarkdown(
        '# Afspraken\n\nJe doet\nvrijwillig mee.\n\n- een\n- twee\n\n1. eerst\n2) dan',
      ),
    ).toEqual([
      { kind: 'heading', level: 1, spans: [plain('Afspraken')] },
      { kind: 'paragraph', spans: [plain('Je doet vrijwillig mee.')] },
      {
        kind: 'list',
        ordered: false,
        items: [[plain('een')], [plain('twee')]],
      },
      {
        kind: 'list',
        ordered: true,
        items: [[plain('eerst')], [plain('dan')]],
      },
    ]);
  });

  it('marks bold and italic, and leaves a lone star literal', () => {
    expect(parseInline('Dit is **vet** en *schuin*, 3 * 4')).toEqual([
      plain('Dit is '),
      { text: 'vet', strong: true, em: false },
      plain(' en '),
      { text: 'schuin', strong: false, em: true },
      plain(', 3 * 4'),
    ]);
  });
});

describe('MarkdownComponent', () => {
  it('renders HTML in the text as text, never as elements', async () => {
    const fixture = TestBed.createComponent(MarkdownComponent);
    fixture.componentRef.setInput(
      'text',
      '# Titel\n\n<img src=x onerror="alert(1)"> **<b>vet</b>**\n\n- <script>x</script>',
    );
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h3')?.textContent?.trim()).toBe('Titel');
    expect(el.querySelector('img, script, b')).toBeNull();
    expect(el.querySelector('p')?.textContent).toContain('<img src=x');
    expect(el.querySelector('p strong')?.textContent).toBe('<b>vet</b>');
    expect(el.querySelector('ul li')?.textContent?.trim()).toBe(
      '<script>x</script>',
    );
  });
});

function plain(text: string) {
  return { text, strong: false, em: false };
}
