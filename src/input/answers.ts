/** Reading an answers file for `inkoop scaffold --answers`. */
import { displayName, readText } from '../lib/io.js';
import { locate, parseYaml, validate } from '../lib/yaml.js';
import { answersFileSchema, type AnswerInputs } from '../scaffold/answers.js';

/** Reads an answers file (YAML or JSON; `-` is standard input) into AnswerInputs.file. */
export function readAnswersFile(path: string): NonNullable<AnswerInputs['file']> {
  const file = displayName(path);
  const source = parseYaml(readText(path, 'answers file'), file);
  const values =
    source.value === null || source.value === undefined ? {} : validate(source, answersFileSchema);
  return {
    values,
    raw: (key) => {
      const node = source.doc.get(key, true) as { source?: unknown; value?: unknown } | undefined;
      return node && typeof node.value !== 'string' && typeof node.source === 'string'
        ? node.source
        : undefined;
    },
    where: (key, atKey) => {
      const at = atKey ? locate(source, [], key) : locate(source, [key]);
      return `${file}:${at.line ?? 1}:${at.col ?? 1}`;
    },
  };
}
