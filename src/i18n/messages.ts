/**
 * The whole catalogue: one object per domain, joined here. Add a domain as
 * ./messages/<domain>.ts and spread it below; keys start with the domain.
 */
import { common } from './messages/common.js';

export const messages = {
  ...common,
} as const;
