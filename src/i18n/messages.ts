/**
 * The whole catalogue: one object per domain, joined here. Add a domain as
 * ./messages/<domain>.ts and spread it below; keys start with the domain.
 */
import { award } from './messages/award.js';
import { check } from './messages/check.js';
import { cli } from './messages/cli.js';
import { common } from './messages/common.js';
import { content } from './messages/content.js';
import { scaffold } from './messages/scaffold.js';
import { drempel } from './messages/drempel.js';
import { input } from './messages/input.js';
import { tco } from './messages/tco.js';
import { design } from './messages/design.js';
import { robustness } from './messages/robustness.js';
import { score } from './messages/score.js';
import { methods } from './messages/methods.js';
import { io } from './messages/io.js';
import { init } from './messages/init.js';
import { completion } from './messages/completion.js';
import { termijn } from './messages/termijn.js';
import { pipeline } from './messages/pipeline.js';
import { template } from './messages/template.js';
import { sheets } from './messages/sheets.js';
import { forms } from './messages/forms.js';
import { terminal } from './messages/terminal.js';
import { lots } from './messages/lots.js';
import { csv } from './messages/csv.js';

export const messages = {
  ...common,
  ...io,
  ...award,
  ...input,
  ...termijn,
  ...tco,
  ...drempel,
  ...content,
  ...check,
  ...score,
  ...methods,
  ...lots,
  ...csv,
  ...robustness,
  ...design,
  ...scaffold,
  ...template,
  ...init,
  ...completion,
  ...cli,
  ...pipeline,
  ...sheets,
  ...forms,
  ...terminal,
} as const;
