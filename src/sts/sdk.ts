// The parts of the AWS SDK the action uses, loaded together on first use (loadSdk in sts/load-sdk.ts).
// Named re-exports let the bundler keep only these commands and the HTTP/1.1 handler.
export {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  GetCallerIdentityCommand,
  STSClient
} from '@aws-sdk/client-sts'
export { NodeHttpHandler } from '@smithy/node-http-handler'
