/**
 * Loaded first by the WPS task pane page (which loads no office.js): the polyfills the older Chromium
 * of some WPS builds needs, in place before the shared task pane entry runs. That entry then finds WPS
 * through `createPort` (src/hosts/createPort.ts), as it finds Excel.
 */
import './polyfills';
