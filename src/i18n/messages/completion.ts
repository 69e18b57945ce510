/** `inkoop completion`: shell completion scripts. */
import type { Messages } from '../types.js';

export const completion = {
  'completion.shell': {
    nl: 'onbekende shell "{shell}"{suggestion}; kies bash, zsh of fish, zoals `inkoop completion bash`',
    en: 'unknown shell "{shell}"{suggestion}; choose bash, zsh or fish, as in `inkoop completion bash`',
  },
} as const satisfies Messages;
