import { describeUserAgent } from './user-agent';

describe('describeUserAgent', () => {
  it.each([
    {
      userAgent:
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      browser: 'Edge',
      system: 'Windows',
    },
    {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
      browser: 'Safari',
      system: 'macOS',
    },
    {
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      browser: 'Safari',
      system: 'iPhone',
    },
    {
      userAgent:
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      browser: 'Chrome',
      system: 'Android',
    },
    {
      userAgent:
        'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
      browser: 'Firefox',
      system: 'Linux',
    },
    {
      userAgent:
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
      browser: 'Chrome',
      system: 'Linux',
    },
  ])('recognises $browser on $system', ({ userAgent, browser, system }) => {
    expect(describeUserAgent(userAgent)).toEqual({ browser, system });
  });

  it('knows nothing of an empty or odd header', () => {
    expect(describeUserAgent(null)).toEqual({ browser: null, system: null });
    expect(describeUserAgent('curl/8.5.0')).toEqual({
      browser: null,
      system: null,
    });
  });
});
