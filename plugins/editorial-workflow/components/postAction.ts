/** What one of the plugin's actions answered: its sentence, and whether it was done. */
export type ActionAnswer = { ok: boolean; message: string; body: Record<string, unknown> }

/**
 * Calls one of the plugin's action endpoints as the signed-in person (their cookie) and returns its
 * sentence, or the refusal's words.
 */
export const postAction = async (url: string, body: Record<string, unknown> = {}): Promise<ActionAnswer> => {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>
    const refusal = (json.errors as { message?: string }[] | undefined)?.[0]?.message
    const message = response.ok
      ? String(json.message ?? 'Done.')
      : (refusal ?? `The server answered ${response.status}.`)
    return { ok: response.ok, message, body: json }
  } catch {
    return { ok: false, message: 'The server could not be reached. Nothing was changed.', body: {} }
  }
}
