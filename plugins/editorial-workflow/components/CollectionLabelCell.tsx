'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import React from 'react'

/** A collection named as people name it ("Finding"), where the entry stores its slug. */
export const CollectionLabelCell = ({ cellData }: DefaultCellComponentProps) => {
  const { getEntityConfig } = useConfig()
  const { i18n } = useTranslation()
  const slug = String(cellData ?? '')
  const label = getEntityConfig({ collectionSlug: slug })?.labels?.singular
  return <span>{label ? getTranslation(label, i18n) : slug}</span>
}
