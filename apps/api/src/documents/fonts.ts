/**
 * Tinos: metric-compatible with Times New Roman (the typeface Nghị định 30/2020 documents are
 * set in) and, unlike the @fontsource subsets, one TrueType file per style holding Latin and
 * every precomposed Vietnamese letter. Read from the installed npm package, never copied here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const FONT_MODULES = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
} as const;

export type FontStyle = keyof typeof FONT_MODULES;
export const FONT_STYLES = Object.keys(FONT_MODULES) as FontStyle[];

export function fontPath(style: FontStyle): string {
  return require.resolve(FONT_MODULES[style]);
}

let loaded: Readonly<Record<FontStyle, Buffer>> | undefined;

/** The four files, read once per process (about 2 MB together); each PDF embeds a subset. */
export function fontFiles(): Readonly<Record<FontStyle, Buffer>> {
  loaded ??= Object.fromEntries(FONT_STYLES.map((style) => [style, readFileSync(fontPath(style))])) as Record<FontStyle, Buffer>;
  return loaded;
}
