/**
 * The full YAML parser (the `yaml` package), for the few readings that need
 * it: a file the plain reader (./yaml-plain.ts) does not take, positions
 * from yaml's document, numbers too long to hold exactly. Most runs never
 * call `yamlLib()`.
 *
 * In the command line's bundle scripts/build.mjs puts another body in this
 * module's place: `yamlLib()` loads the package on its first call, so a run
 * that reads only plain files never evaluates it. Keep `yamlLib` as the
 * module's only export, and import nothing from 'yaml' elsewhere except types.
 */
import * as yaml from 'yaml';

/** The yaml package. */
export function yamlLib(): typeof yaml {
  return yaml;
}
