/** Replaced at build time with the package version. */
declare const __INKOOP_VERSION__: string;
