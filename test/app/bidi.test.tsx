import { render, screen } from '@testing-library/react';
import { ArticleByline } from '../../src/app/ui/ArticleByline.tsx';

describe('ArticleByline', () => {
  it('isolates each name, so bidi controls in one cannot reorder the text around it', () => {
    render(
      <ArticleByline
        byline={null}
        authors={[
          { name: '\u202e张清', role: '记者', contribution: null },
          { name: '宋雪', role: '记者', contribution: '文/图' },
        ]}
      />,
    );
    expect(screen.getByText('\u202e张清').tagName).toBe('BDI');
    expect(screen.getByText('宋雪').tagName).toBe('BDI');
  });
});
