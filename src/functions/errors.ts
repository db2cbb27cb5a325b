/**
 * The one way a PERF.* function reports a bad argument or a result no cell can hold: Excel shows
 * #VALUE! or #NUM! with the Chinese message in the cell's tooltip. Outside Excel (WPS, tests) an
 * Error subclass carries the same code and message.
 */

/** The value of CustomFunctions.ErrorCode.invalidValue. */
export const INVALID_VALUE = '#VALUE!';
/** The value of CustomFunctions.ErrorCode.invalidNumber. */
export const INVALID_NUMBER = '#NUM!';

interface CustomFunctionsGlobal {
  Error: new (code: string, message?: string) => Error;
  ErrorCode: { invalidValue: string; invalidNumber?: string };
}

export class FunctionArgumentError extends Error {
  constructor(
    message: string,
    readonly code: string = INVALID_VALUE,
  ) {
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

/** A result beyond what a cell's number (a double) can hold: #NUM!, as Excel's own functions answer. */
export function invalidNumber(message: string): Error {
  const cf = customFunctions();
  if (cf) return new cf.Error(cf.ErrorCode?.invalidNumber ?? INVALID_NUMBER, message);
  return new FunctionArgumentError(message, INVALID_NUMBER);
}
