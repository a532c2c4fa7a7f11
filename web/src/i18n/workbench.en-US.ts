import type { workbenchZhCN } from './workbench.zh-CN';

// The enterprise's inspection results (A7), the home page's to-do counts, and the apply form's item hints.
export const workbenchEnUS: Record<keyof typeof workbenchZhCN, string> = {
  'result.open': 'Result',
  'result.title': 'Inspection result · {code}',
  'result.recordedAt': 'Result recorded',
  'result.answer': 'Answer',
  'result.viewAnswer': 'View answer',
  'result.answerHint':
    'Rectify by each deadline and report what you did item by item (photos or files may be attached); the officer verifies and closes each item.',
  'result.pending': 'The result has not been recorded yet',
  'result.loginToRead': 'Sign in as the enterprise to read the result and its rectification items',
  'result.scanTitle': 'Result of this inspection',
  'home.todos': 'To do',
  'todo.results-to-record': 'Results to record',
  'todo.results-overdue': 'Results overdue',
  'todo.arrivals-to-confirm': 'Arrivals to confirm',
  'todo.visits-to-evaluate': 'Inspections to evaluate',
  'todo.cases-to-answer': 'Supervision cases to answer',
  'todo.cases-overdue': 'Supervision cases overdue',
  'todo.cases-to-review': 'Answers to review',
  'todo.signals-open': 'Signals to handle',
  'todo.rectifications-to-verify': 'Rectifications to verify',
  'todo.rectifications-overdue': 'Rectifications overdue',
  'todo.rectifications-to-answer': 'Rectification items to answer',
  'todo.forms-to-answer': 'Follow-up forms to fill in',
  'todo.reviews-waiting': 'Repair applications to review',
  'todo.reviews-overdue': 'Repair reviews overdue',
  'todo.proofs-to-supply': 'Repair proofs to supply',
  'todo.checkup-requests': 'Check-up requests to schedule',
  'todo.checkup-visits': 'Check-up visits to make',
  'todo.checkup-rectifying': 'Check-up problems under rectification',
  'todo.revisits-to-do': 'Revisits to do',
  'todo.unread-notifications': 'Unread reminders',
  'apply.noItemsForIndustry':
    'Your department has published {count} items, but none for the industry “{industry}”',
  'apply.noItemsScenarios':
    'Choose among your department’s other items, or a joint scenario of this industry your department takes part in:',
  'apply.noItemsNoScenario':
    'Choose among your department’s other items; no joint scenario of this industry includes your department yet.',
  'apply.itemsShowAll': 'Show all {count} items of your department',
  'apply.itemsUseScenario': 'Use the joint scenario: {name}',
  'apply.itemsAllIndustries':
    'Showing all published items of your department (any industry, {count}); choose those that fit this inspection',
  'apply.itemsIndustryOnly': 'This industry only',
  'todo.assists-to-answer': 'Assisted verifications to answer',
  'todo.assists-overdue': 'Assisted verifications overdue',
};
