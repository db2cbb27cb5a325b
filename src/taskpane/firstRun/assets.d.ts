/** An .xlsx imported by the pane is inlined by webpack as a data URL (asset/inline). */
declare module '*.xlsx' {
  const dataUrl: string;
  export default dataUrl;
}
