import { z } from 'zod';

/**
 * Every machine-readable error code that crosses IPC, as a closed list: services throw
 * `DossierError` with one of these, the transports add their own (`unknown-method`, `transport`),
 * and the renderer may branch on them. Add a code here before throwing it.
 */
export const ErrorCodeSchema = z.enum([
  /** The request does not match the contract. */
  'invalid-request',
  /** No contract method of that name. */
  'unknown-method',
  /** Not the app's own frame, or a path the user did not choose for this purpose. */
  'forbidden',
  'not-found',
  /** A file-system failure other than the ones below. */
  'io',
  'disk-full',
  'read-only',
  /** A file too large (or not text) to be what it claims. */
  'too-large',
  'corrupt',
  'empty',
  'foreign',
  'too-old',
  'too-new',
  'invalid',
  'invalid-range',
  'meta-invalid',
  'sidecar-invalid',
  'unsupported',
  /** An unexpected failure in main. */
  'internal',
  /** Work main dropped on purpose: replaced by a newer request, or under way while main closed. Not a failure. */
  'cancelled',
  /** The renderer lost the connection to main (the preview's HTTP transport). */
  'transport',
  /** The renderer has no bridge to main at all. */
  'no-bridge',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** An error as it travels in the result envelope: a code from the list and a message for the user. */
export const IpcErrorSchema = z.object({
  code: ErrorCodeSchema,
  /** For the user, in their language. */
  message: z.string(),
});
export type IpcError = z.infer<typeof IpcErrorSchema>;
