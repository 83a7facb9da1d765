import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { DOCUMENT_NUMBER, useRecordsOfficeNumbering } from '../../api/numbering';
import { useOrganisation } from '../../api/organisation';
import type { CompleteTaskBody, Proposal } from '../../api/types';
import { hasRole, useMe } from '../../auth/session';
import { showApiError } from '../../components/api-form';
import { useConfirm } from '../../components/confirm';
import { formatDateTime } from '../../time/hanoi';

interface Values {
  decision: 'APPROVE' | 'RETURN';
  /** Per entry: struck or not, and why. */
  struck?: Record<string, { on?: boolean; reason?: string }>;
  documentNumber?: string;
  reason?: string;
}

/**
 * The minister's (or a deputy's) answer to the proposal as a whole: sign one decision for the
 * list, striking entries with a reason each, or return the list to the standing office.
 */
export function DecideProposalForm({ proposal }: { proposal: Proposal }) {
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const struck = Form.useWatch('struck', form) ?? {};
  const { me } = useMe();
  const organisation = useOrganisation();
  const deputy = hasRole(me, 'DEPUTY_MINISTER') && !hasRole(me, 'MINISTER');
  const recordsOffice = useRecordsOfficeNumbering();
  const confirm = useConfirm();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);

  const complete = useMutation({
    mutationFn: (body: CompleteTaskBody) =>
      unwrap(api.POST('/api/v1/tasks/{id}/complete', { params: { path: { id: proposal.taskId } }, body })) as Promise<Proposal>,
    onSuccess: async (answer) => {
      client.setQueryData(['proposal', proposal.id], (old: Proposal | undefined) => ({ ...old, ...answer }));
      await Promise.all([
        client.invalidateQueries({ queryKey: ['proposal', proposal.id] }),
        client.invalidateQueries({ queryKey: ['tasks'] }),
        client.invalidateQueries({ queryKey: ['proposals'] }),
      ]);
      void message.success(answer.status === 'APPROVED' ? `Đã ký Quyết định số ${answer.decision?.number ?? ''}.` : 'Đã trả lại tờ trình.');
    },
    onError: (err) => setError(showApiError(form, err)),
  });

  const strikes = proposal.entries.filter((e) => struck[e.nominationId]?.on);
  const kept = proposal.entries.length - strikes.length;

  async function send(v: Values) {
    setError(null);
    if (v.decision === 'RETURN') {
      const ok = await confirm({
        title: 'Trả lại tờ trình?',
        content: (
          <ul>
            <li>Không ký quyết định; tờ trình được trả lại Thường trực Hội đồng kèm lý do.</li>
            <li>{proposal.entries.length} hồ sơ trong tờ trình chờ Thường trực Hội đồng lập tờ trình mới.</li>
          </ul>
        ),
        okText: 'Trả lại tờ trình',
        danger: true,
      });
      if (ok) complete.mutate({ decision: 'RETURN', reason: v.reason?.trim() });
      return;
    }
    const ok = await confirm({
      title: `Ký một quyết định công nhận ${kept} người/tập thể?`,
      content: (
        <ul>
          <li>
            Ký một quyết định công nhận {kept} người/tập thể trong tờ trình
            {deputy ? ', ký “KT. BỘ TRƯỞNG / THỨ TRƯỞNG”' : ''}; danh sách kèm theo quyết định.
          </li>
          {strikes.length > 0 && (
            <li>
              Không công nhận {strikes.length} người/tập thể: {strikes.map((e) => e.nomineeName).join(', ')}; đơn vị được thông báo lý do.
            </li>
          )}
          <li>
            {recordsOffice
              ? `Quyết định mang số ${v.documentNumber?.trim() ?? ''} do Văn thư cấp.`
              : 'Quyết định được cấp số tiếp theo trong sổ quyết định của Bộ.'}
          </li>
          {proposal.leftOut.length > 0 && (
            <li>{proposal.leftOut.length} hồ sơ không có trong tờ trình kết thúc; đơn vị được thông báo lý do.</li>
          )}
          <li>Không thể hoàn tác; muốn thay đổi phải ra quyết định hủy bỏ.</li>
        </ul>
      ),
      okText: 'Ký quyết định',
    });
    if (!ok) return;
    complete.mutate({
      decision: 'APPROVE',
      excluded: strikes.map((e) => ({ nominationId: e.nominationId, reason: (v.struck?.[e.nominationId]?.reason ?? '').trim() })),
      ...(recordsOffice ? { documentNumber: v.documentNumber?.trim() } : {}),
    });
  }

  return (
    <Form<Values> form={form} layout="vertical" onFinish={send} initialValues={{ decision: 'APPROVE' }}>
      <Typography.Paragraph>Hạn quyết định: {formatDateTime(proposal.dueAt)}</Typography.Paragraph>
      {deputy && (
        <Alert
          type="info"
          showIcon
          title="Quyết định sẽ được ký: KT. BỘ TRƯỞNG / THỨ TRƯỞNG"
          description="Thứ trưởng ký thay Bộ trưởng."
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item label="Quyết định" name="decision">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'APPROVE', label: 'Ký quyết định' },
            { value: 'RETURN', label: 'Trả lại tờ trình' },
          ]}
        />
      </Form.Item>
      {decision === 'RETURN' ? (
        <Form.Item
          label="Lý do trả lại"
          name="reason"
          rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu lý do trả lại tờ trình' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      ) : (
        <>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontSize: 14, marginBottom: 8 }}>
              Không công nhận (đánh dấu người/tập thể cần loại khỏi quyết định và nêu lý do)
            </legend>
            {proposal.entries.map((e) => (
              <div key={e.nominationId} style={{ marginBottom: 8 }}>
                <Form.Item name={['struck', e.nominationId, 'on']} valuePropName="checked" style={{ marginBottom: 4 }}>
                  <Checkbox>
                    {e.rank}. {e.nomineeName} — {organisation.unitName(e.unitCode)}
                  </Checkbox>
                </Form.Item>
                {struck[e.nominationId]?.on && (
                  <Form.Item
                    label={`Lý do không công nhận ${e.nomineeName}`}
                    name={['struck', e.nominationId, 'reason']}
                    rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu lý do không công nhận' }]}
                    style={{ marginLeft: 24 }}
                  >
                    <Input.TextArea rows={2} maxLength={2000} />
                  </Form.Item>
                )}
              </div>
            ))}
          </fieldset>
          {recordsOffice && (
            <Form.Item
              label="Số quyết định (do Văn thư cấp)"
              name="documentNumber"
              rules={[
                { required: true, whitespace: true, message: 'Vui lòng nhập số quyết định do Văn thư cấp' },
                { pattern: DOCUMENT_NUMBER, message: 'Số quyết định có dạng 382/QĐ-BTNMT' },
              ]}
            >
              <Input placeholder="382/QĐ-BTNMT" style={{ maxWidth: 240 }} />
            </Form.Item>
          )}
          {strikes.length >= proposal.entries.length && (
            <Alert
              type="warning"
              showIcon
              title="Không thể loại toàn bộ danh sách; nếu không phê duyệt, hãy trả lại tờ trình."
              style={{ marginBottom: 12 }}
            />
          )}
        </>
      )}
      {error && <Alert type="error" showIcon title={error} role="alert" style={{ marginBottom: 12 }} />}
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={complete.isPending}
        danger={decision === 'RETURN'}
        disabled={decision !== 'RETURN' && kept === 0}
      >
        {decision === 'RETURN' ? 'Trả lại tờ trình' : `Ký quyết định công nhận ${kept} người/tập thể`}
      </Button>
    </Form>
  );
}
