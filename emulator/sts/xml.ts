// The STS query protocol's XML: indented like the real service, namespace 2011-06-15.

export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/'

/** Text content only: STS leaves quotes and apostrophes as they are ("Couldn't retrieve…"). */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** A tree of elements: a string is text content, an array of pairs is child elements in order. */
export type XmlNode = string | [name: string, child: XmlNode][]

function render(name: string, node: XmlNode, indent: string): string {
  if (typeof node === 'string') return `${indent}<${name}>${escapeXml(node)}</${name}>\n`
  const inner = node.map(([child, value]) => render(child, value, `${indent}  `)).join('')
  return `${indent}<${name}>\n${inner}${indent}</${name}>\n`
}

/** <ActionResponse><ActionResult>…</ActionResult><ResponseMetadata>…</ResponseMetadata></ActionResponse> */
export function successXml(action: string, result: [string, XmlNode][], requestId: string): string {
  const body = render(`${action}Result`, result, '  ') + render('ResponseMetadata', [['RequestId', requestId]], '  ')
  return `<${action}Response xmlns="${STS_NAMESPACE}">\n${body}</${action}Response>\n`
}

export type ErrorType = 'Sender' | 'Receiver'

export function errorXml(type: ErrorType, code: string, message: string, requestId: string): string {
  const error = render(
    'Error',
    [
      ['Type', type],
      ['Code', code],
      ['Message', message]
    ],
    '  '
  )
  return `<ErrorResponse xmlns="${STS_NAMESPACE}">\n${error}  <RequestId>${escapeXml(requestId)}</RequestId>\n</ErrorResponse>\n`
}
