/** Every signed-in user reads and manages only their own notifications and contacts. */
import { SIGNED_IN } from '../platform/policy/route-policy.js';

export const notificationPolicies = {
  list: SIGNED_IN('notifications.list'),
  read: SIGNED_IN('notifications.read'),
  readAll: SIGNED_IN('notifications.read-all'),
  contacts: SIGNED_IN('notifications.contacts'),
  setContact: SIGNED_IN('notifications.set-contact'),
};
