import { restoreSpaRedirect } from '../../src/app/shell/spaRedirect.ts';

describe('restoreSpaRedirect', () => {
  it('puts back the path and query that public/404.html folded into ?/', () => {
    expect(
      restoreSpaRedirect({ pathname: '/paper/', search: '?/2024-07-05&section=jingji~and~x=1', hash: '#top' }),
    ).toBe('/paper/2024-07-05?section=jingji&x=1#top');
  });

  it('works at the site root', () => {
    expect(restoreSpaRedirect({ pathname: '/', search: '?/2024-07-05/article/chan-ye-zhu-ji', hash: '' })).toBe(
      '/2024-07-05/article/chan-ye-zhu-ji',
    );
  });

  it('leaves an ordinary URL alone', () => {
    expect(restoreSpaRedirect({ pathname: '/2024-07-05', search: '?section=jingji', hash: '' })).toBeNull();
  });
});
