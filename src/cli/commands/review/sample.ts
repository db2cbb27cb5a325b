/** Units drawn for re-checking (抽评) when `--sample` is not given. */
export const DEFAULT_SAMPLE = 10;
