import { LockHolderName as LockHolderName_28eefbb9d99698d940dee248b10dbfcb } from '../../../components/admin/LockHolderName'
import { WhatChanged as WhatChanged_6e8cb91a42bb44d3ffb2f4b9e2eb716c } from '../../../plugins/editorial-workflow/components/WhatChanged'
import { ReadinessChecklist as ReadinessChecklist_69062aa031efe7373e5ba6d5c6b2996e } from '../../../plugins/editorial-workflow/components/ReadinessChecklist'
import { BundlePanel as BundlePanel_c250e3c6fdf694a6d88bd94500f20a9f } from '../../../plugins/editorial-workflow/components/BundlePanel'
import { ClaimPanel as ClaimPanel_7b023b089bf3c80df7b2920ac83ebbea } from '../../../plugins/editorial-workflow/components/ClaimPanel'
import { SchedulePanel as SchedulePanel_24ea319310b99a3644d8d4ac6a93ca9d } from '../../../plugins/editorial-workflow/components/SchedulePanel'
import { ReviewerPublishButton as ReviewerPublishButton_86819c3292e1ffdd8a9d859faca5f663 } from '../../../plugins/editorial-workflow/components/ReviewerPublishButton'
import { ReviewerUnpublishButton as ReviewerUnpublishButton_81196c9fa7cb73f0f955059370752c8d } from '../../../plugins/editorial-workflow/components/ReviewerUnpublishButton'
import { JsonReadout as JsonReadout_49bb14d2226f279b9b3d43c34882ece0 } from '../../../components/admin/JsonReadout'
import { ReviewQueueLink as ReviewQueueLink_deaafec00bf055f1c00a01154b9dde27 } from '../../../plugins/editorial-workflow/components/ReviewQueueLink'
import { ReviewDashboard as ReviewDashboard_6ff65fe116104aeb992ee2c2abafc550 } from '../../../plugins/editorial-workflow/components/Dashboard'
import { ReviewQueueView as ReviewQueueView_0c2182fd75b60ef7571c58c5714d47ab } from '../../../plugins/editorial-workflow/components/ReviewQueue'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/LockHolderName#LockHolderName": LockHolderName_28eefbb9d99698d940dee248b10dbfcb,
  "/plugins/editorial-workflow/components/WhatChanged#WhatChanged": WhatChanged_6e8cb91a42bb44d3ffb2f4b9e2eb716c,
  "/plugins/editorial-workflow/components/ReadinessChecklist#ReadinessChecklist": ReadinessChecklist_69062aa031efe7373e5ba6d5c6b2996e,
  "/plugins/editorial-workflow/components/BundlePanel#BundlePanel": BundlePanel_c250e3c6fdf694a6d88bd94500f20a9f,
  "/plugins/editorial-workflow/components/ClaimPanel#ClaimPanel": ClaimPanel_7b023b089bf3c80df7b2920ac83ebbea,
  "/plugins/editorial-workflow/components/SchedulePanel#SchedulePanel": SchedulePanel_24ea319310b99a3644d8d4ac6a93ca9d,
  "/plugins/editorial-workflow/components/ReviewerPublishButton#ReviewerPublishButton": ReviewerPublishButton_86819c3292e1ffdd8a9d859faca5f663,
  "/plugins/editorial-workflow/components/ReviewerUnpublishButton#ReviewerUnpublishButton": ReviewerUnpublishButton_81196c9fa7cb73f0f955059370752c8d,
  "/components/admin/JsonReadout#JsonReadout": JsonReadout_49bb14d2226f279b9b3d43c34882ece0,
  "/plugins/editorial-workflow/components/ReviewQueueLink#ReviewQueueLink": ReviewQueueLink_deaafec00bf055f1c00a01154b9dde27,
  "/plugins/editorial-workflow/components/Dashboard#ReviewDashboard": ReviewDashboard_6ff65fe116104aeb992ee2c2abafc550,
  "/plugins/editorial-workflow/components/ReviewQueue#ReviewQueueView": ReviewQueueView_0c2182fd75b60ef7571c58c5714d47ab,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
