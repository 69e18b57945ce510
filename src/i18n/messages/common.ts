/** Messages shared by every command: status lines, generic errors. */
import type { Messages } from '../types.js';

export const common = {
  'common.written': { nl: '{file} geschreven', en: '{file} written' },
  'common.interrupted': { nl: 'onderbroken', en: 'interrupted' },
  'common.partsMissing': {
    nl: { one: '{count} onderdeel ontbreekt', other: '{count} onderdelen ontbreken' },
    en: { one: '{count} part is missing', other: '{count} parts are missing' },
  },
} as const satisfies Messages;
