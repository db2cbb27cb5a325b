/** Errors shaped like OfficeExtension.Error, with the codes and messages Excel uses. */

export const ErrorCodes = {
  propertyNotLoaded: 'PropertyNotLoaded',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidRequestContext: 'InvalidRequestContext',
  apiNotFound: 'ApiNotFound',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
} as const;

const MESSAGES: Record<string, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: 'A resource with the same name or identifier already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation is invalid for the object in its current state.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
};

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message?: string, errorLocation?: string) {
    const text = message ?? MESSAGES[code] ?? code;
    super(text);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message: text, errorLocation };
  }
}

export function propertyNotLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function officeError(code: string, location?: string, message?: string): FakeOfficeError {
  return new FakeOfficeError(code, message, location);
}
