import { getSitemapFile, getSitemapFiles } from '../../../../lib/data/cached'
import { parseSitemapFileName, sitemapFileName } from '../../../../lib/data/pages/sitemaps'
import { urlSetXml, xmlResponse } from '../../../../lib/site/sitemapXml'
import { siteUrl } from '../../../../lib/site/siteUrl'

export const revalidate = 3600

type Params = { params: Promise<{ file: string }> }

export async function generateStaticParams() {
  return (await getSitemapFiles()).map((file) => ({ file: `${sitemapFileName(file)}.xml` }))
}

/** One file of the sitemap index ("careers-1.xml"); any other name is a 404. */
export async function GET(_request: Request, { params }: Params) {
  const { file } = await params
  const parsed = file.endsWith('.xml') ? parseSitemapFileName(file.slice(0, -'.xml'.length)) : null
  const known =
    parsed && (await getSitemapFiles()).some((entry) => sitemapFileName(entry) === sitemapFileName(parsed))
  if (!parsed || !known) return new Response('No such sitemap file.', { status: 404 })
  return xmlResponse(urlSetXml({ base: siteUrl(), urls: await getSitemapFile(parsed) }))
}
