// Says what a statement's Principal.Federated names and how it differs from the provider
// this token needs: another account, partition or issuer.

interface ProviderParts {
  partition: string
  account: string
  issuer: string
}

function providerParts(arn: string): ProviderParts | undefined {
  const m = /^arn:([^:]+):iam::([^:]*):oidc-provider\/(.+)$/.exec(arn)
  return m ? { partition: m[1], account: m[2], issuer: m[3] } : undefined
}

/** e.g. `names arn:aws:iam::111122223333:oidc-provider/…; this token needs arn:aws:iam::123456789012:…: the account differs (111122223333, not 123456789012)` */
export function principalDifference(named: string[], needed: string): string {
  const want = providerParts(needed)
  const differences = named.map((arn) => {
    const got = providerParts(arn)
    if (!got || !want) return `${arn} is not an IAM OIDC provider ARN`
    const parts: string[] = []
    if (got.partition !== want.partition) parts.push(`the partition (${got.partition}, not ${want.partition})`)
    if (got.account !== want.account) parts.push(`the account (${got.account}, not ${want.account})`)
    if (got.issuer !== want.issuer) parts.push(issuerDifference(got.issuer, want.issuer))
    return parts.length > 0 ? `${arn} differs in ${parts.join(' and ')}` : `${arn}`
  })
  const list = named.length === 0 ? 'no Federated principal' : differences.join('; ')
  return `Principal.Federated names ${list}; this token needs ${needed}`
}

function issuerDifference(got: string, want: string): string {
  const bare = (s: string): string => s.replace(/\/+$/, '')
  if (bare(got) === bare(want))
    return `the issuer only by a trailing slash (${got.endsWith('/') ? 'the policy has it' : 'the token has it'}; the provider URL and the token's iss must match exactly)`
  if (got.toLowerCase() === want.toLowerCase()) return `the issuer only by letter case (${got}, not ${want})`
  return `the issuer (${got}, not ${want})`
}
