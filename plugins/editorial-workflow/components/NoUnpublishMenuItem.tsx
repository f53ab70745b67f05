'use client'

/**
 * Takes the place of Payload's Unpublish entry in the document's menu: unpublishing is one of the
 * review actions beside Save Draft, where it is offered only when it can succeed and says what it did.
 */
export const NoUnpublishMenuItem = () => null
