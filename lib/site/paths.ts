/** Public URLs, built in one place so links and the sitemap cannot disagree. */
export const paths = {
  hub: () => '/careers',
  career: (careerSlug: string) => `/careers/${careerSlug}`,
  evidence: (careerSlug: string, skillSlug: string) => `/careers/${careerSlug}/skills/${skillSlug}`,
  skill: (skillSlug: string) => `/skills/${skillSlug}`,
  source: (sourceId: string) => `/sources/${sourceId}`,
}
