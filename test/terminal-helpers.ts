/** Shared by the terminal-width tests: the commands to run, widths, word checks and a strategy to check. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { inkoop } from './helpers.js';

export const WIDTHS = [60, 80, 100, 120] as const;

/** Every command's text output, with the arguments that make it long. */
export function commands(strategy: string): string[][] {
  return [
    ['tools', 'inkoop'],
    ['principles'],
    ['scaffold', '--list'],
    ['check', strategy],
    ['score', 'examples/tender.yaml', '--robustness'],
    ['score', 'examples/tender/'],
    ['score', 'examples/tender.yaml', '--explain'],
    ['tco', 'examples/costs.yaml', '--detail'],
    ['drempel', '300000'],
    ['design', 'examples/tender.yaml', '--runs', '50'],
    ['show'],
    ['show', '--role', 'jurist'],
    ['show', '--lang', 'en'],
    ['roles', 'inkoop'],
    ['termijn', '2026-04-20'],
    ['criteria'],
    ['criteria', 'examples/tender.yaml', '--lang', 'en'],
    ['--help'],
    ['score', '--help'],
    ['scaffold', '--help', '--lang', 'en'],
    ['score', 'examples/lots/tender.yaml'],
    ['score', 'examples/methods/fictitious-price.yaml', '--explain'],
    ['score', 'examples/methods/utility-index.yaml', '--robustness'],
    ['award', '--help'],
    ['forms', '--help'],
    ['init', '--help'],
    ['completion', '--help'],
  ];
}

const ANSI = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007]*\u0007/g;
export const LONE_URL = /^\s*(?:\[\d+\]\s+)?[(<]?(?:https?|ftp|mailto):[^\s()<>]+[)>]?[.,;:]?\s*$/;

/** Lines wider than `width`, other than a lone URL. */
export function tooWide(text: string, width: number): string[] {
  return text
    .split('\n')
    .filter((l) => stringWidth(l) > width && !LONE_URL.test(l.replace(ANSI, '')));
}

/** The words of a text: rules, reference marks and label colons left out. */
export function words(text: string): Set<string> {
  return new Set(
    text
      .replace(ANSI, '')
      .split(/\s+/)
      .map((w) => w.replace(/:$/, ''))
      .filter((w) => w !== '' && !/^─+$/.test(w) && !/^\[\d+\]$/.test(w)),
  );
}

/** Words of `fitted` that the unwrapped output does not have (broken words), and the reverse (lost words). */
export function wordDiff(fitted: string, plain: string): { broken: string[]; lost: string[] } {
  const a = words(fitted);
  const b = words(plain);
  return { broken: [...a].filter((w) => !b.has(w)), lost: [...b].filter((w) => !a.has(w)) };
}

/**
 * A strategy document with half its parts left out (so that `check` lists
 * what is missing), written into `dir` for the width tests; its path.
 */
export async function halfStrategy(dir: string): Promise<string> {
  const strategy = join(dir, 'strategy.md');
  const r = await inkoop(['scaffold', 'strategy', '--defaults', '--stdout']);
  writeFileSync(
    strategy,
    r.stdout
      .split(/\n(?=## )/)
      .slice(0, 5)
      .join('\n'),
  );
  return strategy;
}
