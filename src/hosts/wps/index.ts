export { WpsPort } from './WpsPort';
export { WpsHostError } from './errors';
export { member } from './et';
export type { EtApplication } from './et';
