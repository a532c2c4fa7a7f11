import type { DescriptionsProps } from 'antd';
import type { MessageKey, Translate } from '../i18n';
import { formatDateTime } from '../shared/format';
import type { VerifyAnswer } from './api';
import { ResultTag } from './tags';

type Items = NonNullable<DescriptionsProps['items']>;

/**
 * What a verification found — its result, the source that answered (local or another city), when — as the
 * lines of a Descriptions (the desk's answer, the applicant's receipt); `sourceTestId` marks the source.
 */
export function verificationItems(
  t: Translate,
  v: Pick<VerifyAnswer, 'result' | 'source' | 'region' | 'checkedAt'>,
  sourceTestId: string,
): Items {
  return [
    { key: 'result', label: t('pf.result'), children: <ResultTag result={v.result} /> },
    {
      key: 'source',
      label: t('pf.source'),
      children: (
        <>
          <span data-testid={sourceTestId}>{v.source}</span> ({t(`pf.region.${v.region}` as MessageKey)})
        </>
      ),
    },
    { key: 'checkedAt', label: t('pf.checkedAt'), children: formatDateTime(v.checkedAt) },
  ];
}
