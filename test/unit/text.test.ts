/** The safe-text helpers of src/lib/text.ts. */
import { describe, expect, it } from 'vitest';
import { csvText, inlineSafe, mdText } from '../../src/lib/text.js';

const HOSTILE = '<img src=x onerror=alert(1)> | =1+2 \u001b]0;x\u0007';

describe('safe text', () => {
  it('CSV: formula starters neutralised, control characters shown as escapes', () => {
    expect(csvText('=1+2')).toBe("'=1+2");
    expect(csvText('-12.5')).toBe('-12.5');
    expect(csvText('\tx')).toBe("'\tx");
    expect(csvText(HOSTILE)).toBe('<img src=x onerror=alert(1)> | =1+2 \\x1b]0;x\\x07');
    expect(csvText('=\u001b[31m')).toBe("'=\\x1b[31m");
  });

  it('terminal and Markdown: no control character, no markup', () => {
    expect(inlineSafe(HOSTILE)).not.toMatch(/[\u0000-\u001f]/);
    expect(mdText(HOSTILE)).toBe(
      '&lt;img src=x onerror=alert\\(1\\)&gt; \\| =1\\+2 \\\\x1b\\]0;x\\\\x07',
    );
  });
});
