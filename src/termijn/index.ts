/** Statutory periods: the standstill period and the Algemene termijnenwet. */
export * from './calendar.js';
export * from './standstill.js';
