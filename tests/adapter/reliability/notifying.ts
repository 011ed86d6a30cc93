/**
 * Panel requests whose outcome reaches the user as a notification (the others answer in the panel only): the model
 * test and the hostile sweep check the notification against the answer for these.
 */
export const NOTIFYING: ReadonlySet<string> = new Set([
  'CHECK_FIT',
  'SAVE_VERSION',
  'INSERT_VPC',
  'INSERT_BMC',
  'BMC_SUMMARY',
  'REPAIR_CANVAS',
  'FOCUS_NODE',
  'SET_CHECK',
  'IMPORT_REPORT',
  'ACCEPT_SUGGESTION',
  'REJECT_SUGGESTION',
  'SET_EVIDENCE',
  'CREATE_TEST_CARD',
  'RECORD_LEARNING'
])
