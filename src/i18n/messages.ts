/**
 * The whole catalogue: one object per domain, joined here. Add a domain as
 * ./messages/<domain>.ts and spread it below; keys start with the domain.
 */
import { common } from './messages/common.js';
import { termijn } from './messages/termijn.js';

export const messages = {
  ...common,
  ...termijn,
} as const;
