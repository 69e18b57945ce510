// commander loads node:child_process at start for executable subcommands,
// which inkoop has none of; loading it (with net and dgram) costs a few
// milliseconds on every run. The bundle gets this stand-in, which loads the
// real module on first use.
module.exports = new Proxy(
  {},
  { get: (_, key) => process.getBuiltinModule('node:child_process')[key] },
);
