/**
 * Shell completion scripts for bash, zsh and fish, generated from a plain
 * description of the command line (commands, their flags, what a flag's
 * value and a positional argument are). Static scripts: a TAB never starts
 * node. Pure: text in, text out.
 */

/** What a value is completed with: file names, a fixed list of words, or nothing. */
export type Completion = { kind: 'files' } | { kind: 'words'; words: readonly string[] } | null;

export interface FlagSpec {
  /** `-f`, `--format` */
  names: readonly string[];
  /** null: the flag takes no value. */
  value: Completion | 'none';
  description: string;
}

export interface CommandSpec {
  name: string;
  description: string;
  flags: readonly FlagSpec[];
  /** The positional arguments (all of them alike). */
  positional: Completion;
}

export interface CompletionSpec {
  program: string;
  commands: readonly CommandSpec[];
  /** Flags of the program itself, valid before and after a command. */
  global: readonly FlagSpec[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** A word list as a shell word in single quotes ('it'\''s'). */
const sq = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
/** A shell-safe identifier from the program name. */
const ident = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');

const takesValue = (f: FlagSpec) => f.value !== 'none';

function bashValueCase(pattern: string, value: Completion): string {
  if (value === null) return `    ${pattern}) return 0 ;;`;
  if (value.kind === 'files') return `    ${pattern}) __PROG_files; return 0 ;;`;
  return `    ${pattern}) __PROG_words ${sq(value.words.join(' '))}; return 0 ;;`;
}

function bashPositional(value: Completion): string {
  if (value === null) return ':';
  if (value.kind === 'files') return '__PROG_files';
  return `__PROG_words ${sq(value.words.join(' '))}`;
}

/** The bash script (also used by zsh through bashcompinit). */
export function bashScript(spec: CompletionSpec): string {
  const fn = `_${ident(spec.program)}`;
  const globalValued = spec.global.filter(takesValue).flatMap((f) => f.names);
  const globalNames = spec.global.flatMap((f) => f.names);
  const valueCases: string[] = [];
  for (const f of spec.global)
    if (takesValue(f))
      valueCases.push(bashValueCase(`*:${f.names.join('|*:')}`, f.value as Completion));
  for (const c of spec.commands)
    for (const f of c.flags)
      if (takesValue(f))
        valueCases.push(
          bashValueCase(f.names.map((n) => `${c.name}:${n}`).join('|'), f.value as Completion),
        );
  const commandCases = spec.commands.map((c) => {
    const flags = [...c.flags.flatMap((f) => f.names), ...globalNames].join(' ');
    return `    ${c.name})\n      if [[ $cur == -* ]]; then __PROG_words ${sq(flags)}; else ${bashPositional(c.positional)}; fi ;;`;
  });
  const body = `# ${spec.program} completion for bash. Load it in this shell:
#   source <(${spec.program} completion bash)
# or for every new shell, save it where bash-completion looks:
#   ${spec.program} completion bash > ~/.local/share/bash-completion/completions/${spec.program}
__PROG_words() {
  local IFS=$' \\t\\n'
  COMPREPLY=($(compgen -W "$1" -- "$cur"))
}
__PROG_files() {
  local IFS=$'\\n'
  type compopt >/dev/null 2>&1 && compopt -o filenames 2>/dev/null
  COMPREPLY=($(compgen -f -- "$cur"))
}
${fn}() {
  local cur="" prev="" cmd="" i w
  # Under zsh's bashcompinit, arrays count from 0 as in bash.
  if [[ -n \${ZSH_VERSION-} ]]; then setopt localoptions ksharrays; fi
  COMPREPLY=()
  cur="\${COMP_WORDS[COMP_CWORD]}"
  if ((COMP_CWORD > 0)); then prev="\${COMP_WORDS[COMP_CWORD-1]}"; fi
  # The command: the first word that is neither a flag nor the value of one.
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    case "$w" in
      ${globalValued.length ? `${globalValued.join('|')}) ((i++)); continue ;;` : ''}
      -*) continue ;;
    esac
    cmd="$w"
    break
  done
  # The value of the flag before the cursor.
  case "$cmd:$prev" in
${valueCases.join('\n')}
  esac
  case "$cmd" in
    "") __PROG_words ${sq([...spec.commands.map((c) => c.name), ...globalNames].join(' '))} ;;
${commandCases.join('\n')}
    *) __PROG_files ;;
  esac
  return 0
}
complete -F ${fn} ${spec.program}
`;
  return body.replaceAll('__PROG_', `__${ident(spec.program)}_`);
}

/** The zsh script: the bash completion through zsh's bashcompinit. */
export function zshScript(spec: CompletionSpec): string {
  return `# ${spec.program} completion for zsh. Load it in this shell:
#   source <(${spec.program} completion zsh)
# or for every new shell, add that line to ~/.zshrc (after compinit).
autoload -U +X compinit && { (( $+functions[compdef] )) || compinit; }
autoload -U +X bashcompinit && bashcompinit
${bashScript(spec)
  .split('\n')
  .filter((l) => !l.startsWith('#'))
  .join('\n')}`;
}

/** fish: single-quoted text. */
const fq = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

function fishFlag(f: FlagSpec, condition: string | null, program: string): string {
  const parts = [`complete -c ${program}`];
  if (condition) parts.push(`-n ${fq(condition)}`);
  for (const n of f.names) parts.push(n.startsWith('--') ? `-l ${n.slice(2)}` : `-s ${n.slice(1)}`);
  if (f.value === 'none') {
    /* a switch */
  } else if (f.value === null) parts.push('-x');
  else if (f.value.kind === 'files') parts.push('-r -F');
  else parts.push(`-x -a ${fq(f.value.words.join(' '))}`);
  parts.push(`-d ${fq(f.description)}`);
  return parts.join(' ');
}

/** The fish script. */
export function fishScript(spec: CompletionSpec): string {
  const p = spec.program;
  const names = spec.commands.map((c) => c.name).join(' ');
  const out = [
    `# ${p} completion for fish. Load it in this shell:`,
    `#   ${p} completion fish | source`,
    `# or for every new shell:`,
    `#   ${p} completion fish > ~/.config/fish/completions/${p}.fish`,
    `complete -c ${p} -e`,
    `complete -c ${p} -f`,
  ];
  for (const c of spec.commands)
    out.push(
      `complete -c ${p} -n ${fq(`not __fish_seen_subcommand_from ${names}`)} -a ${c.name} -d ${fq(c.description)}`,
    );
  for (const f of spec.global) out.push(fishFlag(f, null, p));
  for (const c of spec.commands) {
    const cond = `__fish_seen_subcommand_from ${c.name}`;
    for (const f of c.flags) out.push(fishFlag(f, cond, p));
    if (c.positional?.kind === 'files') out.push(`complete -c ${p} -n ${fq(cond)} -F`);
    else if (c.positional?.kind === 'words')
      out.push(`complete -c ${p} -n ${fq(cond)} -a ${fq(c.positional.words.join(' '))}`);
  }
  return `${out.join('\n')}\n`;
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  return shell === 'bash' ? bashScript(spec) : shell === 'zsh' ? zshScript(spec) : fishScript(spec);
}
