/**
 * `inkoop init [folder]`: a new user's first files. Writes a starter
 * costs.yaml and tender.yaml (or a tender/ folder with `--tender-folder`) in
 * the run's language, with realistic placeholders and comments; the scores
 * are placeholders (`~`), so `inkoop score` names no winner until they are
 * filled in. `--example` writes the bundled worked examples instead. Never
 * overwrites: when any target exists, nothing is written.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { t } from '../i18n/index.js';
import { UserError } from '../lib/errors.js';
import { resolveLang } from '../lib/i18n.js';
import { note } from '../lib/output.js';
import { bundledPath } from '../lib/paths.js';
import { inlineSafe } from '../lib/text.js';
import { writeFileSafe } from '../lib/write.js';

export interface InitOptions {
  tenderFolder?: boolean;
  example?: boolean;
  lang?: string;
}

/** Every file under `dir`, as paths relative to it, sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const name of readdirSync(join(dir, sub)).sort()) {
      const rel = sub ? join(sub, name) : name;
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out;
}

/** Whether anything (a file, a folder, a link, even a dangling one) is at `path`. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** A path as the user would type it: `folder/name`, or `name` in the working folder. */
const shown = (dir: string, rel: string) =>
  inlineSafe(dir === '.' ? rel : join(dir, rel))
    .split(sep)
    .join('/');

export async function run(folder: string | undefined, opts: InitOptions): Promise<void> {
  const lang = resolveLang(opts.lang);
  if (opts.example && opts.tenderFolder) throw new UserError(t('init.exampleAndFolder'));
  // The examples go to examples/ by default, so the commands in every --help run as written.
  const dir = folder ?? (opts.example ? 'examples' : '.');
  if (dir.trim() === '') throw new UserError(t('init.emptyFolder'));
  const source = opts.example ? bundledPath('examples') : bundledPath('templates', 'init', lang);
  const files = opts.example
    ? filesUnder(source)
    : [
        'costs.yaml',
        ...(opts.tenderFolder
          ? filesUnder(join(source, 'tender')).map((f) => join('tender', f))
          : ['tender.yaml']),
      ];

  if (exists(dir) && !statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new UserError(t('init.notAFolder', { dir: inlineSafe(dir) }));
  // Nothing is written when anything would be overwritten.
  const taken = files.filter((f) => exists(join(dir, f)));
  if (taken.length)
    throw new UserError(
      t('init.exists', {
        count: taken.length,
        files: taken.map((f) => shown(dir, f)).join(', '),
      }),
      { hint: t('init.existsHint') },
    );

  for (const rel of files) {
    const target = join(dir, rel);
    mkdirSync(dirname(target), { recursive: true });
    await writeFileSafe(target, readFileSync(join(source, rel)));
    note(t('common.written', { file: shown(dir, rel) }));
  }

  const at = (rel: string) => shown(dir, rel);
  if (opts.example)
    note(
      t('init.nextExample', {
        tco: `inkoop tco ${at('costs.yaml')}`,
        score: `inkoop score ${at('tender.yaml')}`,
        folder: `inkoop score ${at('tender')}/`,
        award: `inkoop award ${at(join('award', 'tender.yaml'))} --out gunning/`,
      }),
    );
  else
    note(
      t('init.next', {
        tco: `inkoop tco ${at('costs.yaml')}`,
        score: `inkoop score ${opts.tenderFolder ? `${at('tender')}/` : at('tender.yaml')}`,
      }),
    );
}
