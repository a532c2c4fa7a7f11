import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { applyFieldErrors } from '../../api/formErrors';
import { useShowError } from '../../api/useShowError';
import { useT } from '../../i18n';
import { applyForCode, PlannedRefusal, revokeInspection, shortCode } from '../api';
import type { ApplyInput, ApplyOutcome, JointProposal } from '../types';

export type ApplyState =
  | { step: 'editing' }
  | { step: 'issued'; outcome: ApplyOutcome; input: ApplyInput }
  | { step: 'refused'; refusal: PlannedRefusal; input: ApplyInput };

const FORM_FIELDS = ['enterpriseUscc', 'kind', 'trigger', 'itemIds', 'officerIds'] as const;

/**
 * The apply flow: submit; on the A3 refusal offer to join the existing visit; on a joint proposal (A4)
 * join that visit and withdraw the code just issued, so the enterprise is visited once.
 */
export function useApply(form: FormInstance) {
  const t = useT();
  const { message } = App.useApp();
  const showError = useShowError();
  const [state, setState] = useState<ApplyState>({ step: 'editing' });
  const [busy, setBusy] = useState(false);

  const submit = useCallback(
    async (input: ApplyInput) => {
      setBusy(true);
      try {
        const outcome = await applyForCode(input);
        setState({ step: 'issued', outcome, input });
        return outcome;
      } catch (error) {
        if (error instanceof PlannedRefusal) setState({ step: 'refused', refusal: error, input });
        else if (!applyFieldErrors(form, error, FORM_FIELDS)) showError(error);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [form, showError],
  );

  const joinExisting = useCallback(() => {
    if (state.step !== 'refused') return;
    void submit({ ...state.input, joinInspectionId: state.refusal.existingInspectionId });
  }, [state, submit]);

  const joinProposal = useCallback(
    async (proposal: JointProposal) => {
      if (state.step !== 'issued') return;
      const own = state.outcome;
      const merged = await submit({ ...state.input, joinInspectionId: proposal.inspectionId });
      if (!merged) return;
      try {
        await revokeInspection(own.id, t('apply.joint.revokeReason', { code: shortCode(proposal.code) }));
      } catch (error) {
        showError(error);
        void message.warning(t('apply.joint.revokeFailed', { code: shortCode(own.code) }));
      }
    },
    [state, submit, t, showError, message],
  );

  const restart = useCallback(() => setState({ step: 'editing' }), []);

  return { state, busy, submit, joinExisting, joinProposal, restart };
}
