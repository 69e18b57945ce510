/**
 * Stands in for node-emoji inside the bundle (see scripts/build.mjs):
 * principle pages use no emoji short codes (mkdocs `:material-...:` icons
 * are not emoji), and its 200 kB table would load on every rendered page.
 */
export function get(_name: string): string | undefined {
  return undefined;
}
