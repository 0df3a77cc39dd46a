import { demoWantedEmpty } from './demo-switch';

describe('the empty demo switch', () => {
  it('is off by default: the demo gets its content', () => {
    expect(demoWantedEmpty([], {})).toBe(false);
    expect(demoWantedEmpty([], { INSPRAAK_DEMO: 'true' })).toBe(false);
  });

  it('is on with --empty or INSPRAAK_DEMO=empty', () => {
    expect(demoWantedEmpty(['--empty'], {})).toBe(true);
    expect(demoWantedEmpty([], { INSPRAAK_DEMO: ' Empty ' })).toBe(true);
  });
});
