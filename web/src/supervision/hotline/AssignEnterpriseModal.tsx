import { Descriptions, Form } from 'antd';
import { useT } from '../../i18n';
import { EnterpriseSelect } from '../../inspections/apply/EnterpriseSelect';
import { FormModal, type ActionModalProps } from '../../shared/FormModal';
import { assignTicketEnterprise } from '../api';
import type { HotlineTicket } from '../types';

/** 指定企业: a person names the enterprise a ticket is about; its open signal follows. */
export function AssignEnterpriseModal({ ticket, ...modal }: ActionModalProps & { ticket: HotlineTicket }) {
  const t = useT();
  const submit = async ({ enterpriseUscc }: { enterpriseUscc: string }) => {
    await assignTicketEnterprise(ticket.id, enterpriseUscc);
    return t('hotline.assigned', { ticketNo: ticket.ticketNo });
  };
  return (
    <FormModal<{ enterpriseUscc: string }>
      {...modal}
      title={t('hotline.assign')}
      okText={t('hotline.assign')}
      testId="assign-enterprise-form"
      fields={['enterpriseUscc']}
      onSubmit={submit}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'ticketNo', label: t('hotline.field.ticketNo'), children: ticket.ticketNo },
          { key: 'content', label: t('hotline.field.content'), children: ticket.content },
          {
            key: 'given',
            label: t('hotline.given'),
            children: ticket.given.enterpriseName ?? ticket.given.enterpriseUscc ?? t('common.none'),
          },
        ]}
      />
      <Form.Item
        name="enterpriseUscc"
        label={t('hotline.enterprise')}
        rules={[{ required: true, message: t('apply.enterpriseRequired') }]}
      >
        <EnterpriseSelect />
      </Form.Item>
    </FormModal>
  );
}
