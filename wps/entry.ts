/**
 * main.js of the WPS add-in: WPS opens its own page for the add-in and loads this script, then reads
 * ribbon.xml, whose callbacks name the functions exposed here (as `ribbon.X` and as bare globals).
 */
import '../src/hosts/wps/polyfills';
import { createRibbon, WpsRoot } from '../src/hosts/wps/ribbon';
import type { FunctionsMetadata } from '../src/hosts/wps/registerFunctions';

/** functions.json, with its Chinese descriptions, placed here by webpack.wps.config.js */
declare const __PERF_FUNCTIONS_METADATA__: FunctionsMetadata;

const g = window as unknown as Record<string, unknown>;
const root = (g.wps || g.Application) as WpsRoot | undefined;

if (root) {
  const ribbon = createRibbon(root, window.location.href, __PERF_FUNCTIONS_METADATA__);
  g.ribbon = ribbon;
  g.OnAddinLoad = ribbon.OnAddinLoad;
  g.OnAction = ribbon.OnAction;
  g.GetImage = ribbon.GetImage;
}
