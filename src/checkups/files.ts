/** `stored_file.owner_type` of check-up files: both behind the check-up firewall (declared in part.ts). */
export const PHOTO_OWNER = 'checkup-photo';
export const REPORT_OWNER = 'checkup-report';
export const CHECKUP_TARGET_TYPES = ['checkup-invitation', 'checkup-finding', 'checkup-contact', 'checkup-report', 'checkup-campaign', 'checkup-checklist', 'checkup-file'];
