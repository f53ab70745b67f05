import { LockHolderName as LockHolderName_28eefbb9d99698d940dee248b10dbfcb } from '../../../components/admin/LockHolderName'
import { ChangeRequestBanner as ChangeRequestBanner_efbd6f862e0d2b745b6be45dc9360eb5 } from '../../../plugins/editorial-workflow/exports/client'
import { WhatChanged as WhatChanged_ec3f673fc278fde5100f79598af5e2b5 } from '../../../plugins/editorial-workflow/exports/rsc'
import { PersonField as PersonField_efbd6f862e0d2b745b6be45dc9360eb5 } from '../../../plugins/editorial-workflow/exports/client'
import { ReadinessChecklist as ReadinessChecklist_efbd6f862e0d2b745b6be45dc9360eb5 } from '../../../plugins/editorial-workflow/exports/client'
import { BundlePanel as BundlePanel_ec3f673fc278fde5100f79598af5e2b5 } from '../../../plugins/editorial-workflow/exports/rsc'
import { ClaimPanel as ClaimPanel_ec3f673fc278fde5100f79598af5e2b5 } from '../../../plugins/editorial-workflow/exports/rsc'
import { SchedulePanel as SchedulePanel_ec3f673fc278fde5100f79598af5e2b5 } from '../../../plugins/editorial-workflow/exports/rsc'
import { WorkflowActions as WorkflowActions_ec3f673fc278fde5100f79598af5e2b5 } from '../../../plugins/editorial-workflow/exports/rsc'
import { NoUnpublishMenuItem as NoUnpublishMenuItem_efbd6f862e0d2b745b6be45dc9360eb5 } from '../../../plugins/editorial-workflow/exports/client'
import { JsonReadout as JsonReadout_49bb14d2226f279b9b3d43c34882ece0 } from '../../../components/admin/JsonReadout'
import { AuditEntryLinks as AuditEntryLinks_efbd6f862e0d2b745b6be45dc9360eb5 } from '../../../plugins/editorial-workflow/exports/client'
import { AuditEntryLinksCell as AuditEntryLinksCell_efbd6f862e0d2b745b6be45dc9360eb5 } from '../../../plugins/editorial-workflow/exports/client'
import { CollectionLabelCell as CollectionLabelCell_efbd6f862e0d2b745b6be45dc9360eb5 } from '../../../plugins/editorial-workflow/exports/client'
import { AuditLogFilters as AuditLogFilters_efbd6f862e0d2b745b6be45dc9360eb5 } from '../../../plugins/editorial-workflow/exports/client'
import { Icon as Icon_dfe4008080d895d460898c3a6155e9ba } from '../../../components/admin/Icon'
import { Logo as Logo_91a09b539d3c86b0aebf520e7564ce08 } from '../../../components/admin/Logo'
import { ReviewQueueLink as ReviewQueueLink_ec3f673fc278fde5100f79598af5e2b5 } from '../../../plugins/editorial-workflow/exports/rsc'
import { NeedsChanges as NeedsChanges_ec3f673fc278fde5100f79598af5e2b5 } from '../../../plugins/editorial-workflow/exports/rsc'
import { ReviewDashboard as ReviewDashboard_ec3f673fc278fde5100f79598af5e2b5 } from '../../../plugins/editorial-workflow/exports/rsc'
import { ReviewQueueView as ReviewQueueView_ec3f673fc278fde5100f79598af5e2b5 } from '../../../plugins/editorial-workflow/exports/rsc'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/LockHolderName#LockHolderName": LockHolderName_28eefbb9d99698d940dee248b10dbfcb,
  "/plugins/editorial-workflow/exports/client#ChangeRequestBanner": ChangeRequestBanner_efbd6f862e0d2b745b6be45dc9360eb5,
  "/plugins/editorial-workflow/exports/rsc#WhatChanged": WhatChanged_ec3f673fc278fde5100f79598af5e2b5,
  "/plugins/editorial-workflow/exports/client#PersonField": PersonField_efbd6f862e0d2b745b6be45dc9360eb5,
  "/plugins/editorial-workflow/exports/client#ReadinessChecklist": ReadinessChecklist_efbd6f862e0d2b745b6be45dc9360eb5,
  "/plugins/editorial-workflow/exports/rsc#BundlePanel": BundlePanel_ec3f673fc278fde5100f79598af5e2b5,
  "/plugins/editorial-workflow/exports/rsc#ClaimPanel": ClaimPanel_ec3f673fc278fde5100f79598af5e2b5,
  "/plugins/editorial-workflow/exports/rsc#SchedulePanel": SchedulePanel_ec3f673fc278fde5100f79598af5e2b5,
  "/plugins/editorial-workflow/exports/rsc#WorkflowActions": WorkflowActions_ec3f673fc278fde5100f79598af5e2b5,
  "/plugins/editorial-workflow/exports/client#NoUnpublishMenuItem": NoUnpublishMenuItem_efbd6f862e0d2b745b6be45dc9360eb5,
  "/components/admin/JsonReadout#JsonReadout": JsonReadout_49bb14d2226f279b9b3d43c34882ece0,
  "/plugins/editorial-workflow/exports/client#AuditEntryLinks": AuditEntryLinks_efbd6f862e0d2b745b6be45dc9360eb5,
  "/plugins/editorial-workflow/exports/client#AuditEntryLinksCell": AuditEntryLinksCell_efbd6f862e0d2b745b6be45dc9360eb5,
  "/plugins/editorial-workflow/exports/client#CollectionLabelCell": CollectionLabelCell_efbd6f862e0d2b745b6be45dc9360eb5,
  "/plugins/editorial-workflow/exports/client#AuditLogFilters": AuditLogFilters_efbd6f862e0d2b745b6be45dc9360eb5,
  "/components/admin/Icon#Icon": Icon_dfe4008080d895d460898c3a6155e9ba,
  "/components/admin/Logo#Logo": Logo_91a09b539d3c86b0aebf520e7564ce08,
  "/plugins/editorial-workflow/exports/rsc#ReviewQueueLink": ReviewQueueLink_ec3f673fc278fde5100f79598af5e2b5,
  "/plugins/editorial-workflow/exports/rsc#NeedsChanges": NeedsChanges_ec3f673fc278fde5100f79598af5e2b5,
  "/plugins/editorial-workflow/exports/rsc#ReviewDashboard": ReviewDashboard_ec3f673fc278fde5100f79598af5e2b5,
  "/plugins/editorial-workflow/exports/rsc#ReviewQueueView": ReviewQueueView_ec3f673fc278fde5100f79598af5e2b5,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
