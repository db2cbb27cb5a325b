/**
 * The one way a PERF.* function reports a bad argument: Excel shows #VALUE! with the Chinese
 * message in the cell's tooltip. Outside Excel (WPS, tests) an Error subclass carries the same code.
 */

/** The value of CustomFunctions.ErrorCode.invalidValue. */
export const INVALID_VALUE = '#VALUE!';

interface CustomFunctionsGlobal {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string };
}

export class FunctionArgumentError extends Error {
  readonly code: string = INVALID_VALUE;
  constructor(message: string) {
    super(message);
    this.name = 'FunctionArgumentError';
  }
}

/** Read at call time, not import time: office.js may define CustomFunctions after this module loads. */
function customFunctions(): CustomFunctionsGlobal | undefined {
  const cf = (globalThis as { CustomFunctions?: CustomFunctionsGlobal }).CustomFunctions;
  return cf && typeof cf.Error === 'function' ? cf : undefined;
}

export function invalidValue(message: string): Error {
  const cf = customFunctions();
  if (cf) return new cf.Error(cf.ErrorCode?.invalidValue ?? INVALID_VALUE, message);
  return new FunctionArgumentError(message);
}
