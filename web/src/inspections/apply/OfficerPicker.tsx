import { Flex } from 'antd';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { CertificateStateTag } from '../../officers/CertificateStateTag';
import type { Officer } from '../../officers/types';
import { formatDate } from '../../shared/format';
import { CheckList } from './CheckList';

interface Props {
  officers: readonly Officer[];
  value?: string[];
  onChange?: (value: string[]) => void;
}

/** A certificate that is expired or suspended cannot be chosen (A5); the server checks coverage too. */
const usable = (o: Officer) => o.certificateState === 'valid' || o.certificateState === 'expiring';

/** The officers of the visit (at least two), with certificate number, validity and state. */
export function OfficerPicker({ officers, value, onChange }: Props) {
  const t = useT();
  const options = useMemo(
    () =>
      officers.map((o) => ({
        value: o.id,
        title: (
          <Flex gap={6} wrap align="center">
            {o.name}
            <CertificateStateTag state={o.certificateState} />
          </Flex>
        ),
        extra: `${o.department.name} · ${t('officer.certificateNo')} ${o.certificateNo} · ${t('officer.validUntil')} ${formatDate(o.validUntil)}`,
        disabled: !usable(o),
      })),
    [officers, t],
  );
  return <CheckList options={options} value={value} onChange={onChange} testId="apply-officers" />;
}
