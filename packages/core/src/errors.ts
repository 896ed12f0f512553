/** Every error the API can return, by stable code. The HTTP status belongs to the code. */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  ALREADY_MEMBER: 409,
  TEAM_CYCLE: 409,
  REGION_CYCLE: 409,
  HAS_CHILDREN: 409,
  LAST_ADMIN: 409,
  IN_USE: 409,
  RECORD_ARCHIVED: 409,
  RECORD_LOCKED: 409,
  LEAD_CONVERTED: 409,
  IMPORT_NOT_READY: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_FILE: 415,
  TOKEN_INVALID: 410,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;
export const errorCodes = Object.keys(errorStatus) as ErrorCode[];

/** One invalid input field: its path (dotted) and why. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The one shape of every error body the API sends. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; fields?: FieldIssue[] };
}

/** The single error type of Pacer: thrown by services, mapped to HTTP by one handler. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, fields?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

/** A 400 that names the one field at fault, e.g. a reference to a record the caller may not use. */
export const invalidField = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ path, message }]);

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.hasOwn(errorStatus, value);
